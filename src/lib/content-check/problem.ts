/** The one way a rule of the checker words a problem: what, where, which field, and the fix. */
import type { ContentProblem } from '../content-files.ts';

export const problemAt = (severity: ContentProblem['severity'], file: string, line: number | undefined, field: string, message: string): ContentProblem => ({
  severity,
  file,
  line,
  field,
  message,
});
