import { localToday, readTypedDay, spellDay } from '../lib/typed-date.ts';
import { CMS, createClass, dayOrder, h, lang, plain, words } from './decap.ts';

/**
 * A calendar day, typed, pasted or picked. Decap's own date field stores a date typed key by key
 * as another day (12/15/2026 became 1906-12-15: it re-reads each half-typed year), so this field
 * keeps exactly what was typed, stores the day it means once it is a whole date, says that day in
 * words beside it, and refuses to save what it cannot read.
 */
const DATE_PROBLEMS = words.dateProblems;

const spelledOut = (day: string) => spellDay(day, lang);

interface DayControlThis {
  props: {
    value: unknown;
    onChange: (value: string) => void;
    forID: string;
    classNameWrapper: string;
    setActiveStyle: () => void;
    setInactiveStyle: () => void;
  };
  state: { text: string };
  setState(state: { text: string }): void;
}

const DayControl = createClass({
  getInitialState(this: DayControlThis) {
    // Decap reads an unquoted date in a file (pubDate: 2026-11-20) as a Date at midnight UTC.
    const value = plain(this.props.value);
    return { text: value instanceof Date ? value.toISOString().slice(0, 10) : String(value ?? '') };
  },
  isValid(this: DayControlThis) {
    const read = readTypedDay(this.state.text, dayOrder);
    return 'problem' in read ? { error: { message: DATE_PROBLEMS[read.problem] } } : true;
  },
  take(this: DayControlThis, text: string) {
    this.setState({ text });
    const read = readTypedDay(text, dayOrder);
    if ('day' in read) this.props.onChange(read.day);
    else if ('empty' in read) this.props.onChange('');
  },
  render(this: DayControlThis & { take(text: string): void }) {
    const { forID, classNameWrapper, setActiveStyle, setInactiveStyle } = this.props;
    const read = readTypedDay(this.state.text, dayOrder);
    const said = 'day' in read ? spelledOut(read.day) : 'problem' in read ? DATE_PROBLEMS[read.problem] : '';
    return h(
      'div',
      { className: classNameWrapper, style: { display: 'flex', flexWrap: 'wrap', gap: '8px', alignItems: 'center' } },
      h('input', {
        id: forID,
        type: 'text',
        inputMode: 'text',
        autoComplete: 'off',
        placeholder: words.datePlaceholder,
        value: this.state.text,
        'aria-describedby': `${forID}-said`,
        onFocus: setActiveStyle,
        onBlur: setInactiveStyle,
        onChange: (event: { target: { value: string } }) => this.take(event.target.value),
        style: { flex: '1 1 12rem', font: 'inherit', padding: '6px 8px', border: '1px solid #9aa4b2', borderRadius: '4px' },
      }),
      h('input', {
        type: 'date',
        'aria-label': words.pickDate,
        className: 'day-picker',
        // Not controlled: the browser's own field keeps its half-typed parts while a year is typed.
        onChange: (event: { target: { value: string } }) => event.target.value && this.take(event.target.value),
        style: { font: 'inherit', padding: '5px' },
      }),
      h('button', { type: 'button', onClick: () => this.take(localToday()), style: { font: 'inherit' } }, words.today),
      h('span', { id: `${forID}-said`, 'aria-live': 'polite', style: { flexBasis: '100%', color: 'problem' in read ? '#a4262c' : '#4a5566' } }, said),
    );
  },
});

const DayPreview = createClass({
  render(this: { props: { value: unknown } }) {
    const value = plain(this.props.value);
    const read = readTypedDay(value instanceof Date ? value.toISOString().slice(0, 10) : String(value ?? ''), dayOrder);
    return h('p', null, 'day' in read ? spelledOut(read.day) : '');
  },
});

CMS.registerWidget('day', DayControl, DayPreview);
