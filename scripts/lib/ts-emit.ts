/**
 * Small helpers for writing TypeScript source text.
 * Inputs: strings from the spec. Outputs: safe literals and comments.
 */

/** A single-quoted string literal. */
export function quote(value: string): string {
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n').replace(/\r/g, '\\r')}'`;
}

/** Collapses whitespace (newlines included) into single spaces. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function escapeComment(text: string): string {
  return text.replace(/\*\//g, '*\\/');
}

/** A TSDoc block; empty lines in `lines` become ` *` lines. `indent` prefixes every line. */
export function docComment(lines: readonly string[], indent = ''): string {
  const body = lines.flatMap((line) => line.split('\n')).map((line) => escapeComment(line).trimEnd());
  while (body.length > 0 && body[body.length - 1] === '') body.pop();
  if (body.length === 0) return '';
  if (body.length === 1) return `${indent}/** ${body[0]} */\n`;
  return `${indent}/**\n${body.map((line) => (line === '' ? `${indent} *` : `${indent} * ${line}`)).join('\n')}\n${indent} */\n`;
}

/** A property key, quoted when it is not a valid identifier. */
export function propertyKey(key: string): string {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key) ? key : quote(key);
}

/** Re-indents TypeScript emitted with 4-space indentation to 2 spaces. */
export function reindentFourToTwo(source: string): string {
  return source.replace(/^((?: {4})+)/gm, (match) => ' '.repeat(match.length / 2));
}
