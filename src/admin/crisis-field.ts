/** The crisis-notice field: automatic, always shown, or switched off with a reason the reviewer reads. */
import { CMS, createClass, h, plain, words } from './decap.ts';

/**
 * The crisis notice is automatic, always shown, or switched off with a reason; the file holds
 * nothing, `true`, or `{ automatic: false, reason }` as the schema reads them.
 */
const CRISIS_CHOICES = [
  { value: 'automatic', label: words.crisis.automatic },
  { value: 'always', label: words.crisis.always },
  { value: 'off', label: words.crisis.off },
] as const;

function crisisChoice(value: unknown): { choice: string; reason: string } {
  const current = plain(value) as unknown;
  if (current === true) return { choice: 'always', reason: '' };
  if (current && typeof current === 'object') return { choice: 'off', reason: String((current as { reason?: unknown }).reason ?? '') };
  return { choice: 'automatic', reason: '' };
}

const CrisisNoticeControl = createClass({
  isValid(this: { props: { value: unknown } }) {
    const { choice, reason } = crisisChoice(this.props.value);
    return choice !== 'off' || reason.trim() !== '' ? true : { error: { message: words.crisis.reasonMissing } };
  },
  render(this: { props: { value: unknown; onChange: (value: unknown) => void; forID: string; classNameWrapper: string } }) {
    const { value, onChange, forID, classNameWrapper } = this.props;
    const { choice, reason } = crisisChoice(value);
    const pick = (next: string) => onChange(next === 'always' ? true : next === 'off' ? { automatic: false, reason } : undefined);
    return h(
      'div',
      { className: classNameWrapper, id: forID, role: 'radiogroup' },
      ...CRISIS_CHOICES.map((option) =>
        h(
          'label',
          { key: option.value, style: { display: 'block', padding: '4px 0' } },
          h('input', { type: 'radio', name: `${forID}-choice`, value: option.value, checked: choice === option.value, onChange: () => pick(option.value) }),
          ` ${option.label}`,
        ),
      ),
      choice === 'off'
        ? h(
            'label',
            { style: { display: 'block', marginTop: '8px' } },
            words.crisis.reason,
            h('textarea', {
              value: reason,
              rows: 2,
              style: { display: 'block', width: '100%' },
              onChange: (event: { target: { value: string } }) => onChange({ automatic: false, reason: event.target.value }),
            }),
          )
        : null,
    );
  },
});

const CrisisNoticePreview = createClass({
  render(this: { props: { value: unknown } }) {
    return h('p', null, CRISIS_CHOICES.find((option) => option.value === crisisChoice(this.props.value).choice)?.label ?? '');
  },
});

CMS.registerWidget('crisis-notice', CrisisNoticeControl, CrisisNoticePreview);
