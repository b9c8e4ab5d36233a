/**
 * The marker every generated file starts with.
 * Inputs: none. Outputs: header text for TypeScript and Markdown files.
 */

export const REGENERATE_COMMAND = 'pnpm generate';

const MESSAGE = `This file is generated from specs/nango.openapi.yaml. DO NOT EDIT: run \`${REGENERATE_COMMAND}\` to regenerate it.`;

/** Header of a generated TypeScript file. */
export function tsHeader(): string {
  return `/* eslint-disable */\n// ${MESSAGE}\n\n`;
}

/** Header of a generated Markdown file. */
export function markdownHeader(): string {
  return `<!-- ${MESSAGE} -->\n\n`;
}
