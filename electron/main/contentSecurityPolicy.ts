/**
 * The Content-Security-Policy sent as a header with every app:// response (Electron security
 * checklist 7). The renderer's index.html carries a meta CSP too; both apply, so the page gets
 * the stricter of the two. As a header it can also say frame-ancestors, which a meta cannot.
 * No 'unsafe-eval' and no inline scripts; inline styles are allowed because React and the
 * editor set style attributes.
 */
const DIRECTIVES: ReadonlyArray<readonly [string, string]> = [
  ['default-src', "'self'"],
  ['script-src', "'self'"],
  ['style-src', "'self' 'unsafe-inline'"],
  ['img-src', "'self' data: blob:"],
  ['font-src', "'self' data:"],
  ['connect-src', "'self'"],
  ['worker-src', "'self'"],
  ['object-src', "'none'"],
  ['frame-src', "'none'"],
  ['frame-ancestors', "'none'"],
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
];

export const CONTENT_SECURITY_POLICY: string = DIRECTIVES.map(([name, value]) => `${name} ${value}`).join('; ');
