/**
 * "Sign the medical review": on the published editor, the clinician signed in with GitHub signs
 * in one action. The click checks who they are (their people file must name their GitHub login);
 * the save then sets them as the reviewer with today's date; after the save, their approval is
 * recorded on the article's pull request with their own sign-in, as the pull-request check asks.
 * On this computer (`npm start`, no sign-in) nothing changes: the reviewer and date are picked by hand.
 */
import { approvePullRequest, editorBranch, signerOf, SIGNERS_FILE, type GitHubApi, type Signer } from '../lib/editor/sign-review.ts';
import { localToday } from '../lib/typed-date.ts';
import { backendSettings, gitHubToken, onThisComputer } from './original-sources.ts';
import { CMS, createClass, h, isPost, words, type Immutable } from './decap.ts';

/** The signer the click found, for the save that follows. */
let pending: Signer | undefined;
/** Set by the save that signed, for the approval after it. */
let signedBySave: Signer | undefined;

const github: GitHubApi = async (path, init = {}) => {
  const response = await fetch(`https://api.github.com${path}`, {
    method: init.method ?? 'GET',
    headers: {
      Accept: 'application/vnd.github+json',
      Authorization: `token ${gitHubToken() ?? ''}`,
      ...(init.body ? { 'Content-Type': 'application/json' } : {}),
    },
    body: init.body ? JSON.stringify(init.body) : undefined,
  });
  return { status: response.status, data: await response.json().catch(() => undefined) };
};

const signers = async (): Promise<Signer[]> => {
  const response = await fetch(`/admin/${SIGNERS_FILE}`);
  return response.ok ? ((await response.json()) as Signer[]) : [];
};

/** A notice at the bottom of the screen, in the editor's words, until it is clicked away. */
function notify(text: string) {
  const notice = document.createElement('p');
  notice.className = 'sign-notice';
  notice.setAttribute('role', 'status');
  notice.textContent = text;
  notice.addEventListener('click', () => notice.remove());
  document.body.append(notice);
}

const SignatureControl = createClass({
  getInitialState() {
    return { message: '' };
  },
  render(this: {
    props: { value: unknown; onChange: (value: unknown) => void; forID: string; classNameWrapper: string };
    state: { message: string };
    setState: (state: { message: string }) => void;
  }) {
    const { value, onChange, forID, classNameWrapper } = this.props;
    if (onThisComputer()) return h('p', { className: classNameWrapper, id: forID }, words.sign.local);
    const sign = async () => {
      this.setState({ message: words.sign.checking });
      const result = await signerOf(github, await signers()).catch(() => ({ refused: 'not-signed-in' as const, login: undefined }));
      if ('signer' in result) {
        pending = result.signer;
        onChange(true);
        this.setState({ message: words.sign.ready(result.signer.name, result.signer.github) });
      } else {
        pending = undefined;
        onChange(undefined);
        this.setState({
          message: result.refused === 'not-a-reviewer' ? words.sign.refused['not-a-reviewer'](result.login ?? '') : words.sign.refused['not-signed-in'],
        });
      }
    };
    return h(
      'div',
      { className: classNameWrapper },
      h('button', { type: 'button', id: forID, onClick: () => void sign(), 'aria-pressed': value === true }, words.sign.button),
      h('p', { role: 'status' }, this.state.message),
    );
  },
});

CMS.registerWidget('review-signature', SignatureControl, createClass({ render: () => null }));

/**
 * Before the save: the action field never reaches the file; a signature sets the reviewer and the
 * date. Returns the data to save.
 */
export function applySignature(data: Immutable): Immutable {
  const signing = data.get('signReview') === true && pending;
  const kept = data.delete('signReview');
  signedBySave = undefined;
  if (!signing || !pending) return kept;
  signedBySave = pending;
  pending = undefined;
  return kept.set('reviewer', signedBySave.id).set('reviewedDate', localToday());
}

/** After the save that signed: the approval on the article's pull request, with the signer's sign-in. */
CMS.registerEventListener({
  name: 'postSave',
  handler: async ({ entry }) => {
    if (!signedBySave || !isPost(entry) || !backendSettings.repo) return;
    signedBySave = undefined;
    const branch = editorBranch(String(entry.get('collection')), String(entry.get('slug')));
    const result = await approvePullRequest(github, backendSettings.repo, branch, words.sign.note).catch(() => ({ refused: 'failed' as const }));
    notify('approved' in result ? words.sign.approved(result.approved) : words.sign.approval[result.refused]);
  },
});
