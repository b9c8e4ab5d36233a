import { describe, expectTypeOf, it } from 'vitest';
import { NangoBrowser, type AuthError, type AuthSuccess, type ConnectUIEvent, type NangoBrowserOptions } from '../../src/index.js';
import type { ListProvidersResponse } from '@nango-sdk/core';

describe('public types', () => {
  it('has no secret-key option', () => {
    // @ts-expect-error secret keys are not accepted by the browser client
    const options: NangoBrowserOptions = { secretKey: 'x' };
    expectTypeOf(options).toEqualTypeOf<NangoBrowserOptions>();
  });

  it('types results, events and errors', () => {
    const nango = new NangoBrowser();
    expectTypeOf(nango.auth('github')).resolves.toEqualTypeOf<AuthSuccess>();
    expectTypeOf(nango.listProviders()).resolves.toEqualTypeOf<ListProvidersResponse>();
    expectTypeOf<Extract<ConnectUIEvent, { type: 'connect' }>['payload']>().toEqualTypeOf<AuthSuccess>();
    expectTypeOf<AuthError['type']>().toExtend<string>();
  });
});
