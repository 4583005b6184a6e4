import { alertApiRef, useApi } from '@backstage/core-plugin-api';
import { Button, ButtonGroup } from '@material-ui/core';
import FileCopyOutlined from '@material-ui/icons/FileCopyOutlined';
import GetApp from '@material-ui/icons/GetApp';
import {
  BlastRadiusResult,
  formatOwnersAsCsv,
  formatOwnersAsMarkdown,
  formatOwnersAsText,
} from '@stagecraft/plugin-blast-radius-common';
import { copyText } from '../../lib/clipboard';
import { downloadText } from '@stagecraft/catalog-conventions-react';

export function csvFilename(result: BlastRadiusResult): string {
  const { kind, namespace, name } = result.root;
  return `blast-radius-${kind}-${namespace}-${name}.csv`;
}

/** Copy the owners list as Markdown or text, or download it as CSV. */
export function ExportButtons({ result }: { result: BlastRadiusResult }) {
  const alertApi = useApi(alertApiRef);

  const copy = async (format: 'Markdown' | 'text') => {
    const text =
      format === 'Markdown'
        ? formatOwnersAsMarkdown(result)
        : formatOwnersAsText(result);
    try {
      await copyText(text);
      alertApi.post({
        message: `Copied ${result.owners.length} owners as ${format}`,
        severity: 'success',
        display: 'transient',
      });
    } catch (error) {
      alertApi.post({
        message: `Could not copy to the clipboard: ${(error as Error).message}`,
        severity: 'error',
      });
    }
  };

  return (
    <ButtonGroup size="small" variant="outlined" aria-label="Export owners">
      <Button startIcon={<FileCopyOutlined />} onClick={() => copy('Markdown')}>
        Copy Markdown
      </Button>
      <Button onClick={() => copy('text')}>Copy text</Button>
      <Button
        startIcon={<GetApp />}
        onClick={() =>
          downloadText(
            formatOwnersAsCsv(result),
            csvFilename(result),
            'text/csv;charset=utf-8',
          )
        }
      >
        CSV
      </Button>
    </ButtonGroup>
  );
}
