/**
 * Naming rules shared by every generator job.
 * Inputs: names from the spec (operationIds, wire names). Outputs: SDK identifiers.
 */

/** Lowercases an all-caps word (`ID` -> `id`) and leaves mixed-case words alone. */
function normaliseWord(word: string): string {
  return word.length > 1 && word === word.toUpperCase() ? word.toLowerCase() : word;
}

/** Uppercases the first character. */
export function upperFirst(value: string): string {
  return value.charAt(0).toUpperCase() + value.slice(1);
}

/** Lowercases the first character. */
export function lowerFirst(value: string): string {
  return value.charAt(0).toLowerCase() + value.slice(1);
}

/**
 * camelCase of a wire name: splits on every non-alphanumeric character (so on `-` and on `_` of snake_case).
 * `Connection-Id` -> `connectionId`, `provider_config_key` -> `providerConfigKey`, `connectionId` -> `connectionId`.
 */
export function camelCase(wire: string): string {
  const words = wire.split(/[^A-Za-z0-9]+/).filter((word) => word.length > 0).map(normaliseWord);
  if (words.length === 0) throw new Error(`Cannot derive a name from "${wire}"`);
  return words.map((word, index) => (index === 0 ? lowerFirst(word) : upperFirst(word))).join('');
}

/** PascalCase of an identifier that is already camelCase (`setMetadata` -> `SetMetadata`). */
export function pascalCase(identifier: string): string {
  return upperFirst(camelCase(identifier));
}

/** Splits `connections.setMetadata` into its resource and method names. */
export function splitOperationId(operationId: string): { resource: string; name: string } {
  const match = /^([A-Za-z][A-Za-z0-9]*)\.([A-Za-z][A-Za-z0-9]*)$/.exec(operationId);
  if (!match?.[1] || !match[2]) throw new Error(`operationId "${operationId}" is not <resource>.<method>`);
  return { resource: match[1], name: match[2] };
}

/** `<Method><Resource>` in PascalCase: connections.setMetadata -> `SetMetadataConnections`. */
export function operationTypeBase(resource: string, name: string): string {
  return pascalCase(name) + pascalCase(resource);
}

/** Class name of a resource namespace: connectSessions -> `ConnectSessionsResource`. */
export function resourceClassName(resource: string): string {
  return `${pascalCase(resource)}Resource`;
}

/** File name of a model doc: the type name in lowercase. */
export function docFileName(typeName: string): string {
  return `${typeName.toLowerCase()}.md`;
}
