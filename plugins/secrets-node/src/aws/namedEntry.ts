/** An AWS entry's item name (its `Name`, else its ARN) and id (its ARN). */
export const nameAndArnOf = (entry: { Name?: string; ARN?: string }) => ({
  name: entry.Name ?? entry.ARN ?? '',
  id: entry.ARN,
});
