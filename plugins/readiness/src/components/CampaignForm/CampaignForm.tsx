import { useApi } from '@backstage/core-plugin-api';
import Button from '@material-ui/core/Button';
import Checkbox from '@material-ui/core/Checkbox';
import Dialog from '@material-ui/core/Dialog';
import DialogActions from '@material-ui/core/DialogActions';
import DialogContent from '@material-ui/core/DialogContent';
import DialogTitle from '@material-ui/core/DialogTitle';
import FormControlLabel from '@material-ui/core/FormControlLabel';
import FormGroup from '@material-ui/core/FormGroup';
import FormLabel from '@material-ui/core/FormLabel';
import Grid from '@material-ui/core/Grid';
import TextField from '@material-ui/core/TextField';
import Alert from '@material-ui/lab/Alert';
import type {
  Campaign,
  CampaignInput,
  CampaignScope,
} from '@stagecraft/plugin-readiness-common';
import { useEffect, useState } from 'react';
import useAsync from 'react-use/esm/useAsync';
import useAsyncFn from 'react-use/esm/useAsyncFn';
import { readinessApiRef } from '../../api';
import { errorMessage } from '../../lib/errorMessage';

const SCOPE_FIELDS: Array<{
  key: keyof CampaignScope;
  label: string;
  hint: string;
}> = [
  {
    key: 'owners',
    label: 'Owning groups',
    hint: 'group:default/commerce (sub-groups included)',
  },
  { key: 'systems', label: 'Systems', hint: 'system:default/shop' },
  { key: 'domains', label: 'Domains', hint: 'domain:default/retail' },
  { key: 'lifecycles', label: 'Lifecycles', hint: 'production' },
  { key: 'tags', label: 'Tags', hint: 'tier-1' },
];

const TEXT_FIELDS: Array<{
  key: 'name' | 'description';
  label: string;
  required?: boolean;
  multiline?: boolean;
}> = [
  { key: 'name', label: 'Name', required: true },
  { key: 'description', label: 'Description', multiline: true },
];

const DATE_FIELDS: Array<{ key: 'startDate' | 'deadline'; label: string }> = [
  { key: 'startDate', label: 'Start date' },
  { key: 'deadline', label: 'Deadline' },
];

type FormState = {
  name: string;
  description: string;
  startDate: string;
  deadline: string;
  scope: Record<string, string>;
  requiredChecks: string[];
  runbookReviewedWithinDays: string;
};

const list = (text: string) =>
  text
    .split(',')
    .map(item => item.trim())
    .filter(Boolean);

function stateOf(campaign?: Campaign): FormState {
  return {
    name: campaign?.name ?? '',
    description: campaign?.description ?? '',
    startDate: campaign?.startDate ?? '',
    deadline: campaign?.deadline ?? '',
    scope: Object.fromEntries(
      SCOPE_FIELDS.map(({ key }) => [
        key,
        (campaign?.scope[key] ?? []).join(', '),
      ]),
    ),
    requiredChecks: campaign?.requiredChecks ?? [],
    runbookReviewedWithinDays: campaign?.runbookReviewedWithinDays
      ? String(campaign.runbookReviewedWithinDays)
      : '',
  };
}

function inputOf(state: FormState): CampaignInput {
  const scope: CampaignScope = {};
  for (const { key } of SCOPE_FIELDS) {
    const items = list(state.scope[key] ?? '');
    if (items.length) scope[key] = items;
  }
  return {
    name: state.name,
    description: state.description,
    startDate: state.startDate,
    deadline: state.deadline,
    scope,
    requiredChecks: state.requiredChecks,
    ...(state.runbookReviewedWithinDays
      ? { runbookReviewedWithinDays: Number(state.runbookReviewedWithinDays) }
      : {}),
  };
}

/**
 * Creates a campaign, or edits `campaign`: name, dates, scope and the checks it requires.
 * The backend judges the input; its message (naming the field) is shown as is. Once saved, the
 * form closes (`onClose`) and tells `onSaved`.
 */
export function CampaignForm(props: {
  open: boolean;
  campaign?: Campaign;
  onClose: () => void;
  onSaved: (campaign: Campaign) => void;
}) {
  const { open, campaign, onClose, onSaved } = props;
  const api = useApi(readinessApiRef);
  const [state, setState] = useState<FormState>(() => stateOf(campaign));
  useEffect(() => {
    if (open) setState(stateOf(campaign));
  }, [open, campaign]);
  const checks = useAsync(() => api.listChecks(), [api]);
  const [saving, save] = useAsyncFn(async () => {
    const input = inputOf(state);
    const saved = campaign
      ? await api.updateCampaign(campaign.id, input)
      : await api.createCampaign(input);
    onClose();
    onSaved(saved);
    return saved;
  }, [api, state, campaign, onClose, onSaved]);

  const set = (patch: Partial<FormState>) =>
    setState(s => ({ ...s, ...patch }));
  const toggleCheck = (id: string) =>
    set({
      requiredChecks: state.requiredChecks.includes(id)
        ? state.requiredChecks.filter(c => c !== id)
        : [...state.requiredChecks, id],
    });

  return (
    <Dialog open={open} onClose={onClose} maxWidth="md" fullWidth>
      <DialogTitle>
        {campaign ? `Edit ${campaign.name}` : 'New campaign'}
      </DialogTitle>
      <DialogContent>
        {saving.error && (
          <Alert severity="error" role="alert">
            {errorMessage(saving.error)}
          </Alert>
        )}
        <Grid container spacing={2}>
          {TEXT_FIELDS.map(({ key, label, required, multiline }) => (
            <Grid item xs={12} key={key}>
              <TextField
                id={`campaign-${key}`}
                label={label}
                required={required}
                fullWidth
                multiline={multiline}
                value={state[key]}
                onChange={e => set({ [key]: e.target.value })}
              />
            </Grid>
          ))}
          {DATE_FIELDS.map(({ key, label }) => (
            <Grid item xs={6} key={key}>
              <TextField
                id={`campaign-${key}`}
                label={label}
                type="date"
                required
                fullWidth
                InputLabelProps={{ shrink: true }}
                value={state[key]}
                onChange={e => set({ [key]: e.target.value })}
              />
            </Grid>
          ))}
          {SCOPE_FIELDS.map(({ key, label, hint }) => (
            <Grid item xs={12} sm={6} key={key}>
              <TextField
                id={`campaign-scope-${key}`}
                label={label}
                helperText={`Comma-separated, e.g. ${hint}`}
                fullWidth
                value={state.scope[key]}
                onChange={e =>
                  set({ scope: { ...state.scope, [key]: e.target.value } })
                }
              />
            </Grid>
          ))}
          <Grid item xs={12}>
            <FormLabel component="legend">Required checks</FormLabel>
            <FormGroup row>
              {(checks.value ?? []).map(check => (
                <FormControlLabel
                  key={check.id}
                  label={check.title}
                  control={
                    <Checkbox
                      checked={state.requiredChecks.includes(check.id)}
                      onChange={() => toggleCheck(check.id)}
                      name={check.id}
                    />
                  }
                />
              ))}
            </FormGroup>
          </Grid>
          {state.requiredChecks.includes('runbook-reviewed') && (
            <Grid item xs={12} sm={6}>
              <TextField
                id="campaign-runbook-reviewed-within"
                label="Runbook reviewed within (days)"
                type="number"
                fullWidth
                value={state.runbookReviewedWithinDays}
                onChange={e =>
                  set({ runbookReviewedWithinDays: e.target.value })
                }
              />
            </Grid>
          )}
        </Grid>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Cancel</Button>
        <Button
          color="primary"
          variant="contained"
          disabled={saving.loading}
          onClick={() => save()}
        >
          {campaign ? 'Save' : 'Create'}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
