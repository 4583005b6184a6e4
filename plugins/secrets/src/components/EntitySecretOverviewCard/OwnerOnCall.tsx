import { Box, Typography } from '@material-ui/core';
import { Link, Progress } from '@backstage/core-components';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { SafeLink } from '@stagecraft/catalog-conventions-react';
import { useOwnerOnCall } from './useOwnerOnCall';

/** Who to call about this secret: the owner group's on-call contact and schedule. */
export const OwnerOnCall = ({ ownerRef }: { ownerRef?: string }) => {
  const { value, loading, error } = useOwnerOnCall(ownerRef);
  if (loading) {
    return <Progress />;
  }
  if (error) {
    return (
      <Typography variant="body2" color="error">
        Could not read the owner's on-call contact: {error.message}
      </Typography>
    );
  }
  if (!value) {
    return (
      <Typography variant="body2" color="textSecondary">
        The owner is not a group in the catalog, so there is no on-call contact.
      </Typography>
    );
  }
  const { contact, schedule } = value;
  return (
    <Box display="flex" flexDirection="column" gridGap={4}>
      {contact ? (
        <Typography variant="body2" component="div">
          <EntityRefLink entityRef={contact.entityRef} hideIcon>
            {contact.name}
          </EntityRefLink>
          {contact.email && (
            <>
              {' · '}
              <Link to={`mailto:${contact.email}`}>{contact.email}</Link>
            </>
          )}
        </Typography>
      ) : (
        <Typography variant="body2" color="textSecondary">
          {value.unresolvedContactRef
            ? `${value.groupTitle} names ${value.unresolvedContactRef} as on-call contact, but that user is not in the catalog.`
            : `${value.groupTitle} names no on-call contact (annotation stagecraft.io/oncall-contact).`}
        </Typography>
      )}
      {schedule ? (
        <Typography variant="body2">
          <SafeLink url={schedule.url}>
            {schedule.title ?? 'On-call schedule'}
          </SafeLink>
        </Typography>
      ) : (
        <Typography variant="body2" color="textSecondary">
          {value.groupTitle} links no on-call schedule.
        </Typography>
      )}
    </Box>
  );
};
