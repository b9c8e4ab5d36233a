declare const __NANGO_SDK_VERSION__: string | undefined;

/** Version of `@nango-sdk/core`, sent in the `User-Agent`; the build writes it from package.json. */
export const VERSION: string = typeof __NANGO_SDK_VERSION__ === 'string' ? __NANGO_SDK_VERSION__ : '0.0.0-dev';
