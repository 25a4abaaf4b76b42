/**
 * "Medically reviewed by" must name a clinician who approved the text. On GitHub, a pull request
 * that sets or changes an article's `reviewer` or `reviewedDate` needs an approving review from
 * that reviewer's GitHub account (the `github:` login in their people file), given on the last
 * commit that touched the article or a later one. Pure: the command in
 * src/cli/check-review-approvals.ts fetches the facts from GitHub's API and prints what this says.
 */

/** One article the pull request changes, as the base and the head of the pull request have it. */
/** What the rules read of an article's file at one commit. */
export interface ArticleState {
  reviewer?: string;
  reviewedDate?: string;
  /** The Markdown after the frontmatter. */
  body?: string;
  /** How many entries its `changes` list has. */
  changes?: number;
  draft?: boolean;
}

export interface ChangedArticle {
  /** `content/posts/<slug>/index.md` */
  file: string;
  before?: ArticleState;
  after: ArticleState;
  /** The last commit of the pull request that touched this file. */
  lastCommit: string;
}

export interface PullRequestReview {
  login: string;
  /** GitHub's review states: APPROVED, CHANGES_REQUESTED, COMMENTED, DISMISSED, PENDING. */
  state: string;
  /** The commit the review was given on. */
  commit: string;
}

export interface ApprovalFacts {
  articles: readonly ChangedArticle[];
  /** The pull request's commits, oldest first. */
  commits: readonly string[];
  reviews: readonly PullRequestReview[];
  /** People files: author id -> GitHub login (undefined when the file names none). */
  githubLogins: ReadonlyMap<string, string | undefined>;
}

export interface ApprovalProblem {
  file: string;
  message: string;
}

/** What stops the pull request: every article whose review line nobody named has approved. */
export function reviewApprovalProblems({ articles, commits, reviews, githubLogins }: ApprovalFacts): ApprovalProblem[] {
  const position = (commit: string) => commits.indexOf(commit);
  const problems: ApprovalProblem[] = [];
  for (const article of articles) {
    const { before, after } = article;
    // Reviewed text that readers can see is never edited silently: the edit gets a line under changes.
    const reviewedAndPublic = before?.reviewer && before.reviewedDate && !before.draft;
    if (
      reviewedAndPublic &&
      before.body !== undefined &&
      after.body !== undefined &&
      before.body.trim() !== after.body.trim() &&
      (after.changes ?? 0) <= (before.changes ?? 0)
    ) {
      problems.push({
        file: article.file,
        message:
          'the text of a reviewed, published article changed with no new entry under changes - add one (date, kind: medical, correction or editorial, and a line saying what changed) so readers can see it',
      });
    }
    const changed = after.reviewer !== before?.reviewer || after.reviewedDate !== before?.reviewedDate;
    if (!changed || !after.reviewer) continue;
    const login = githubLogins.get(after.reviewer);
    if (!githubLogins.has(after.reviewer)) {
      problems.push({
        file: article.file,
        message: `reviewer "${after.reviewer}" has no file in content/authors - pick the clinician who reviewed the article`,
      });
      continue;
    }
    if (!login) {
      problems.push({
        file: article.file,
        message: `reviewer "${after.reviewer}" has no github: login in content/authors/${after.reviewer}.yaml - add the clinician's GitHub login there, then ask them to approve this pull request`,
      });
      continue;
    }
    const since = position(article.lastCommit);
    const theirs = reviews.filter((review) => review.login.toLowerCase() === login.toLowerCase());
    const approvedNow = theirs.some((review) => review.state === 'APPROVED' && since >= 0 && position(review.commit) >= since);
    if (approvedNow) continue;
    const approvedBefore = theirs.some((review) => review.state === 'APPROVED');
    const others = reviews.filter((review) => review.state === 'APPROVED' && review.login.toLowerCase() !== login.toLowerCase()).map((review) => review.login);
    problems.push({
      file: article.file,
      message: approvedBefore
        ? `${login} (the reviewer, "${after.reviewer}") approved an earlier version: the article changed after their approval - ask them to review the current text and approve again`
        : `no approving review from ${login} (the reviewer, "${after.reviewer}")${others.length ? `; approved by ${[...new Set(others)].join(', ')}, who ${others.length > 1 ? 'are' : 'is'} not the named reviewer` : ''} - the named reviewer approves this pull request on GitHub ("Review changes" -> "Approve"), or the reviewer line is removed`,
    });
  }
  return problems;
}
