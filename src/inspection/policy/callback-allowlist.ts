// The sender's own callback numbers, as DetectContext wants them: digits only, in E.164 form without '+'
// and in national form. The national form is derived for NANP (+1) numbers only; other countries' national
// forms need a numbering plan, so list them as well if messages write them that way.

const ALLOWED = /^\+?[\d\s().-]+$/;

/** Why a number is refused, or undefined. */
export function callbackNumberProblem(value: string): string | undefined {
  if (!ALLOWED.test(value)) return 'must contain only digits, spaces, + ( ) . -';
  const digits = value.replace(/\D/g, '');
  if (digits.length < 3 || digits.length > 15) return 'must have 3-15 digits';
  return undefined;
}

export function callbackDigitForms(value: string): string[] {
  const digits = value.replace(/\D/g, '');
  const forms = [digits];
  if (digits.length === 11 && digits.startsWith('1')) forms.push(digits.slice(1));
  else if (digits.length === 10 && !value.trim().startsWith('+')) forms.push(`1${digits}`);
  return forms;
}

export function callbackAllowSet(values: readonly string[]): ReadonlySet<string> {
  return new Set(values.flatMap(callbackDigitForms));
}
