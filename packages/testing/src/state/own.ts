/** Sets an own property even for keys such as `__proto__` or `toString` (input-controlled keys). */
export function setOwn<T>(target: Record<string, T>, key: string, value: T): void {
  // Only `__proto__` has an inherited setter on a plain object; any other key is an ordinary own property.
  if (key === '__proto__') {
    Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  } else {
    target[key] = value;
  }
}

/** Reads an own property only, never one from the prototype chain. */
export function getOwn<T>(target: Record<string, T>, key: string): T | undefined {
  return Object.hasOwn(target, key) ? target[key] : undefined;
}
