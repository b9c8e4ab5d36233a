/* eslint-disable */
// This file is generated from specs/nango.openapi.yaml. DO NOT EDIT: run `pnpm generate` to regenerate it.

export interface paths {
  "/providers": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List the providers Nango supports.
     * @description Returns the whole provider catalog, optionally filtered by name. Accepts an environment secret key
     *     or a connect-session token. Any query key other than `search` is rejected with `400`.
     */
    get: operations["providers.list"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/providers/{provider}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get one provider from the catalog.
     * @description Accepts an environment secret key or a connect-session token.
     */
    get: operations["providers.get"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/providers/{provider}/templates": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List the catalog template functions of a provider.
     * @description Returns the sync and action templates that can be deployed with `functions.createDeployment`
     *     (`type: template`). Needs an environment secret key; no particular scope.
     */
    get: operations["providers.listTemplates"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/integrations": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List the integrations of the environment.
     * @description Accepts an environment secret key (scope `environment:integrations:list`) or a
     *     connect-session token.
     */
    get: operations["integrations.list"];
    put?: never;
    /**
     * Create an integration.
     * @description Needs an environment secret key with scope `environment:integrations:create`.
     */
    post: operations["integrations.create"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/integrations/quickstart": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Create an integration that uses a Nango-provided developer app.
     * @description For providers that need a developer app, Nango supplies its own app so no OAuth client has to be
     *     registered. Returns the single created integration. Needs an environment secret key with scope
     *     `environment:integrations:create`.
     */
    post: operations["integrations.createQuickstart"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/integrations/{uniqueKey}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get an integration.
     * @description Needs an environment secret key with scope `environment:integrations:read`; asking for
     *     `credentials` also needs `environment:integrations:read_credentials`. Using `include` with
     *     anything other than a secret key answers `403 invalid_permissions`.
     */
    get: operations["integrations.get"];
    put?: never;
    post?: never;
    /**
     * Delete an integration and its connections.
     * @description Needs an environment secret key with scope `environment:integrations:delete`.
     */
    delete: operations["integrations.delete"];
    options?: never;
    head?: never;
    /**
     * Update an integration.
     * @description Only the fields sent are changed. Needs an environment secret key with scope
     *     `environment:integrations:update`.
     */
    patch: operations["integrations.update"];
    trace?: never;
  };
  "/integrations/{uniqueKey}/functions": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List the functions deployed to an integration.
     * @description Paginated with `page` (0-based) and `limit`; the answer gives the total count. Needs an
     *     environment secret key with scope `environment:functions:list`.
     */
    get: operations["functions.list"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/integrations/{uniqueKey}/functions/{name}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get a function deployed to an integration.
     * @description Needs an environment secret key with scope `environment:functions:read`.
     */
    get: operations["functions.get"];
    put?: never;
    post?: never;
    /**
     * Delete a deployed function.
     * @description The function is removed at once and torn down in the background. Functions deployed by
     *     `nango deploy` (repository source) cannot be deleted here (`400 function_managed_by_deploy`).
     *     Needs an environment secret key with scope `environment:functions:delete`.
     */
    delete: operations["functions.delete"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/integrations/{uniqueKey}/functions/{name}/code": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get the TypeScript source of a deployed function.
     * @description The answer is not wrapped in `data`. Needs an environment secret key with scope
     *     `environment:functions:read`.
     */
    get: operations["functions.getCode"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/scripts/config": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get the configuration of all deployed functions.
     * @description With `format=nango` (the default) the answer is an array with one entry per integration. With
     *     `format=openai` it is `{ data: [...] }`, a list of action definitions in the OpenAI
     *     function-calling format. Needs an environment secret key with scope
     *     `environment:integrations:list_functions`.
     */
    get: operations["functions.getScriptsConfig"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/functions/compile": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Compile function source code into a JavaScript bundle.
     * @description Needs an environment secret key with scope `environment:functions:compile`.
     */
    post: operations["functions.compile"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/functions/dryruns": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Start a dry run of function source code against a connection.
     * @description Nothing is deployed. The run is asynchronous: poll `functions.getDryrun` until `status` is
     *     `success` or `failed`. Needs an environment secret key with scope `environment:functions:dryrun`.
     */
    post: operations["functions.createDryrun"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/functions/dryruns/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get the status and result of a dry run.
     * @description Needs an environment secret key with scope `environment:functions:dryrun`.
     */
    get: operations["functions.getDryrun"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/functions/deployments": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Deploy a function or a catalog template to an integration.
     * @description `type: function` deploys the submitted source code; `type: template` deploys a template listed by
     *     `providers.listTemplates`. If the answer's `status` is not `success`, poll
     *     `functions.getDeployment`. Needs an environment secret key with scope `environment:deploy`.
     */
    post: operations["functions.createDeployment"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/functions/deployments/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get the status and result of a deployment.
     * @description Needs an environment secret key with scope `environment:deploy`.
     */
    get: operations["functions.getDeployment"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/connection": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List connections through the deprecated singular route.
     * @deprecated
     * @description Same answer as `connections.list`, without credentials. Use `connections.list` instead.
     */
    get: operations["legacyConnections.list"];
    put?: never;
    /**
     * Import a connection through the deprecated singular route.
     * @deprecated
     * @description Takes the credentials as flat fields. Use `connections.create`, which takes a typed
     *     `credentials` object, instead.
     */
    post: operations["legacyConnections.create"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/connection/{connectionId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get a connection through the deprecated singular route.
     * @deprecated
     * @description Use `connections.get` instead.
     */
    get: operations["legacyConnections.get"];
    put?: never;
    post?: never;
    /**
     * Delete a connection through the deprecated singular route.
     * @deprecated
     * @description Use `connections.delete` instead.
     */
    delete: operations["legacyConnections.delete"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/connection/metadata": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Replace connection metadata through the deprecated singular route.
     * @deprecated
     * @description Use `connections.setMetadata` instead.
     */
    post: operations["legacyConnections.setMetadata"];
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Merge keys into connection metadata through the deprecated singular route.
     * @deprecated
     * @description Use `connections.updateMetadata` instead.
     */
    patch: operations["legacyConnections.updateMetadata"];
    trace?: never;
  };
  "/connection/{connectionId}/metadata": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Replace the metadata of one connection through the deprecated route.
     * @deprecated
     * @description The request body is the metadata object itself. Use `connections.setMetadata` instead.
     */
    post: operations["legacyConnections.setMetadataById"];
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Merge keys into the metadata of one connection through the deprecated route.
     * @deprecated
     * @description The request body holds the keys to merge. Use `connections.updateMetadata` instead.
     */
    patch: operations["legacyConnections.updateMetadataById"];
    trace?: never;
  };
  "/connections": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List connections, without credentials.
     * @description Paginated with `page` (0-based) and `limit`; there is no total, so stop at the first short page.
     *     Without `limit` the server returns up to 10 000 connections. Needs an environment secret key with
     *     scope `environment:connections:list`.
     */
    get: operations["connections.list"];
    put?: never;
    /**
     * Create or replace a connection from credentials you already hold.
     * @description Imports existing credentials (for example when migrating to Nango). If the connection exists it is
     *     overwritten. Needs an environment secret key with scope `environment:connections:create`.
     */
    post: operations["connections.create"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/connections/{connectionId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get a connection, with its credentials.
     * @description Refreshes expired OAuth tokens before answering. `credentials` is only present when the key has
     *     scope `environment:connections:read_credentials`; the refresh flags without that scope answer
     *     `403 forbidden`. `424` means the token refresh failed for good. Needs an environment secret key
     *     with scope `environment:connections:read`.
     */
    get: operations["connections.get"];
    put?: never;
    post?: never;
    /**
     * Delete a connection.
     * @description An unknown connection answers `400` with code `unknown_connection` (not `404`). Needs an
     *     environment secret key with scope `environment:connections:delete`.
     */
    delete: operations["connections.delete"];
    options?: never;
    head?: never;
    /**
     * Update the tags or webhook URL override of a connection.
     * @description Needs an environment secret key with scope `environment:connections:update`.
     */
    patch: operations["connections.update"];
    trace?: never;
  };
  "/connections/metadata": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Replace the metadata of one or more connections.
     * @description Pass an array in `connection_id` to update several connections; if any of them is unknown nothing is
     *     changed. Needs an environment secret key with scope `environment:connections:update`.
     */
    post: operations["connections.setMetadata"];
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Merge keys into the metadata of one or more connections.
     * @description Only the given top-level keys are overwritten; other keys are kept. Pass an array in
     *     `connection_id` to update several connections at once (all or nothing). Needs an environment
     *     secret key with scope `environment:connections:update`.
     */
    patch: operations["connections.updateMetadata"];
    trace?: never;
  };
  "/records": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List the records a sync stored for a connection.
     * @description Records come in ascending modification order. Follow `next_cursor` until it is `null`; a page can
     *     hold fewer than `limit` records. An unknown connection answers `400 unknown_connection`. Needs an
     *     environment secret key with scope `environment:records:read`.
     */
    get: operations["records.list"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/records/prune": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Empty the payload of records up to a cursor.
     * @description Pruning keeps each record's metadata but deletes its data, up to and including `until_cursor`.
     *     Repeat while `has_more` is `true`. Needs an environment secret key with scope
     *     `environment:records:write`.
     */
    patch: operations["records.prune"];
    trace?: never;
  };
  "/sync/trigger": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Run syncs once, now, outside their schedule.
     * @description Applies to one connection, or to every connection of the integration when `connection_id` is
     *     omitted. The server also reads the integration and connection IDs from the `Provider-Config-Key`
     *     and `Connection-Id` headers when they are missing from the body (legacy). Needs an environment
     *     secret key with scope `environment:syncs:execute`.
     */
    post: operations["syncs.trigger"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/sync/start": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Start the schedule of syncs.
     * @description The syncs run once immediately, then on their schedule. Has no effect on syncs already scheduled.
     *     Applies to all connections of the integration when `connection_id` is omitted. Needs an
     *     environment secret key with scope `environment:syncs:update`.
     */
    post: operations["syncs.start"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/sync/pause": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Pause the schedule of syncs.
     * @description Applies to all connections of the integration when `connection_id` is omitted. Needs an
     *     environment secret key with scope `environment:syncs:update`.
     */
    post: operations["syncs.pause"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/sync/status": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get the status of syncs.
     * @description Reports each selected sync for one connection, or for every connection when `connection_id` is
     *     omitted. Needs an environment secret key with scope `environment:syncs:read`.
     */
    get: operations["syncs.status"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/sync/{name}/variant/{variant}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Create a variant of a sync for a connection.
     * @description A variant is a separate copy of the sync with its own records and checkpoint. Errors use codes
     *     such as `invalid_variant`, `unknown_connection`, `unknown_sync`, `sync_variant_already_exists`,
     *     `resource_capped` and `feature_disabled` (400) or `failed_sync_variant_creation` (500). Needs an
     *     environment secret key with scope `environment:syncs:variant:create`.
     */
    post: operations["syncs.createVariant"];
    /**
     * Delete a variant of a sync for a connection.
     * @description This DELETE carries a JSON body. Errors use codes such as `invalid_variant` and
     *     `unknown_connection` (400), `not_found` (404) or `failed_sync_variant_deletion` (500). Needs an
     *     environment secret key with scope `environment:syncs:variant:delete`.
     */
    delete: operations["syncs.deleteVariant"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/sync/update-connection-frequency": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Override how often a sync runs for one connection.
     * @description `frequency` uses the `ms` notation (`'every hour'`, `'30m'`), with a 30-second minimum; `null`
     *     restores the sync's default. Needs an environment secret key with scope `environment:syncs:update`.
     */
    put: operations["syncs.updateFrequency"];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/action/trigger": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Run an action for a connection.
     * @description Synchronously (default) the answer is `200` with the action's output (at most 10 MB). With
     *     `X-Async: true` the answer is `202` with an ID and a `Location`/`statusUrl` to poll with
     *     `actions.getResult`. `424` reports an upstream HTTP failure inside the action; `500` an action
     *     error. Needs an environment secret key with scope `environment:actions:execute`.
     */
    post: operations["actions.trigger"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/action/{actionId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get the result of an asynchronous action.
     * @description `404` (code `not_found`) means the action has not finished yet (or the ID is unknown): poll again
     *     later. `500` means the action failed. Needs an environment secret key with scope
     *     `environment:actions:execute`.
     */
    get: operations["actions.getResult"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/environments": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Create an environment.
     * @description Needs an account secret key with scope `account:environments:create`.
     */
    post: operations["environments.create"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/environments/{environmentId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * Delete an environment.
     * @description The `prod` environment cannot be deleted (`400`). Needs an account secret key with scope
     *     `account:environments:delete`.
     */
    delete: operations["environments.delete"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/environment/api-keys": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Create an API key for an environment.
     * @description The secret is returned only once. Keys created here always have the scope `environment:*`. Needs
     *     an account secret key.
     */
    post: operations["apiKeys.create"];
    /**
     * Delete an environment API key.
     * @description This DELETE carries a JSON body. Needs an account secret key.
     */
    delete: operations["apiKeys.delete"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/environment-variables": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List the environment variables set in the dashboard.
     * @description The answer is a bare array, not wrapped in `data`. Needs an environment secret key with scope
     *     `environment:variables:read`.
     */
    get: operations["environmentVariables.list"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/environment/webhook-signing-key/rotate": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Replace the webhook signing key with a new one.
     * @description Nango keeps signing with the previous key for about 5 minutes, so accept both during that window.
     *     `409` means the environment has more than one key and cannot be rotated automatically. Needs an
     *     environment secret key with scope `environment:webhook_signing_key:rotate`.
     */
    post: operations["webhookSigningKey.rotate"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/proxy/{path}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Send a GET request to the provider API through the proxy.
     * @description Forwards the request to the provider API of the connection, adding its credentials. `path` is the
     *     raw upstream path appended to the provider's base URL: keep its slashes, do not percent-encode them.
     *     Headers named `Nango-Proxy-<Name>` are forwarded as `<Name>`. The upstream status, headers and body
     *     come back unchanged; failures of Nango itself (unknown integration or connection, failed token
     *     refresh, disabled base-URL override, plan limits) use the `ErrorResponse` envelope. Browsers cannot
     *     send `Retries`, `Retry-On`, `Base-Url-Override`, `Decompress`, `Forward-Headers-On-Redirect` or
     *     `Nango-Proxy-*` headers (CORS). Needs an environment secret key with scope `environment:proxy`.
     */
    get: operations["proxy.get"];
    /**
     * Send a PUT request to the provider API through the proxy.
     * @description Forwards the request to the provider API of the connection, adding its credentials. `path` is the
     *     raw upstream path appended to the provider's base URL: keep its slashes, do not percent-encode them.
     *     Headers named `Nango-Proxy-<Name>` are forwarded as `<Name>`. The upstream status, headers and body
     *     come back unchanged; failures of Nango itself (unknown integration or connection, failed token
     *     refresh, disabled base-URL override, plan limits) use the `ErrorResponse` envelope. Browsers cannot
     *     send `Retries`, `Retry-On`, `Base-Url-Override`, `Decompress`, `Forward-Headers-On-Redirect` or
     *     `Nango-Proxy-*` headers (CORS). Needs an environment secret key with scope `environment:proxy`.
     */
    put: operations["proxy.put"];
    /**
     * Send a POST request to the provider API through the proxy.
     * @description Forwards the request to the provider API of the connection, adding its credentials. `path` is the
     *     raw upstream path appended to the provider's base URL: keep its slashes, do not percent-encode them.
     *     Headers named `Nango-Proxy-<Name>` are forwarded as `<Name>`. The upstream status, headers and body
     *     come back unchanged; failures of Nango itself (unknown integration or connection, failed token
     *     refresh, disabled base-URL override, plan limits) use the `ErrorResponse` envelope. Browsers cannot
     *     send `Retries`, `Retry-On`, `Base-Url-Override`, `Decompress`, `Forward-Headers-On-Redirect` or
     *     `Nango-Proxy-*` headers (CORS). Needs an environment secret key with scope `environment:proxy`.
     */
    post: operations["proxy.post"];
    /**
     * Send a DELETE request to the provider API through the proxy.
     * @description Forwards the request to the provider API of the connection, adding its credentials. `path` is the
     *     raw upstream path appended to the provider's base URL: keep its slashes, do not percent-encode them.
     *     Headers named `Nango-Proxy-<Name>` are forwarded as `<Name>`. The upstream status, headers and body
     *     come back unchanged; failures of Nango itself (unknown integration or connection, failed token
     *     refresh, disabled base-URL override, plan limits) use the `ErrorResponse` envelope. Browsers cannot
     *     send `Retries`, `Retry-On`, `Base-Url-Override`, `Decompress`, `Forward-Headers-On-Redirect` or
     *     `Nango-Proxy-*` headers (CORS). Needs an environment secret key with scope `environment:proxy`.
     */
    delete: operations["proxy.delete"];
    options?: never;
    head?: never;
    /**
     * Send a PATCH request to the provider API through the proxy.
     * @description Forwards the request to the provider API of the connection, adding its credentials. `path` is the
     *     raw upstream path appended to the provider's base URL: keep its slashes, do not percent-encode them.
     *     Headers named `Nango-Proxy-<Name>` are forwarded as `<Name>`. The upstream status, headers and body
     *     come back unchanged; failures of Nango itself (unknown integration or connection, failed token
     *     refresh, disabled base-URL override, plan limits) use the `ErrorResponse` envelope. Browsers cannot
     *     send `Retries`, `Retry-On`, `Base-Url-Override`, `Decompress`, `Forward-Headers-On-Redirect` or
     *     `Nango-Proxy-*` headers (CORS). Needs an environment secret key with scope `environment:proxy`.
     */
    patch: operations["proxy.patch"];
    trace?: never;
  };
  "/connect/sessions": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Create a connect session for an end user.
     * @description Returns a short-lived token to hand to the front end (Connect UI or the browser SDK), and a
     *     ready-made connect link. Needs an environment secret key with scope
     *     `environment:connect_sessions:write`.
     */
    post: operations["connectSessions.create"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/connect/sessions/reconnect": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Create a connect session that repairs an existing connection.
     * @description Use it when the end user must enter new credentials or re-authorize. Only connections created
     *     through a connect session can be reconnected. Needs an environment secret key with scope
     *     `environment:connect_sessions:write`.
     */
    post: operations["connectSessions.reconnect"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/connect/session": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get the connect session the bearer token belongs to.
     * @description Authenticated with the connect-session token itself, not with a secret key. Returns what Connect
     *     UI needs to render the session.
     */
    get: operations["connectSessions.get"];
    put?: never;
    post?: never;
    /**
     * Revoke the connect session the bearer token belongs to.
     * @description Authenticated with the connect-session token itself, not with a secret key.
     */
    delete: operations["connectSessions.delete"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    /** @description Body of every Nango error answer. */
    ErrorResponse: {
      error: {
        /** @description Machine-readable error code, e.g. `invalid_body`, `unknown_connection`, `too_many_request`. */
        code: string;
        /** @description Human-readable explanation. */
        message?: string;
        /** @description Validation problems, for the `invalid_*` codes. */
        errors?: components["schemas"]["ValidationIssue"][];
        /** @description Extra data about the error; its shape depends on `code`. */
        payload?: unknown;
      } & {
        [key: string]: unknown;
      };
    };
    /** @description One validation problem in a request. */
    ValidationIssue: {
      /** @description Kind of problem, e.g. `invalid_type`. */
      code: string;
      /** @description Human-readable explanation. */
      message: string;
      /** @description Location of the offending value, e.g. `["syncs", 0]`. */
      path: (string | number)[];
    };
    /** @description Error answered when several functions share a name. */
    AmbiguousFunctionError: {
      error: {
        /** @enum {string} */
        code: "ambiguous_function";
        message?: string;
        payload?: {
          /** @description The functions that share the name. */
          matches?: {
            type: components["schemas"]["FunctionType"];
            name: string;
          }[];
        };
      } & {
        [key: string]: unknown;
      };
    };
    /** @description Error answered when an action fails. */
    ActionErrorResponse: {
      error: {
        /** @description Error code, e.g. `action_script_failure`. */
        code: string;
        message?: string;
        /** @description Data attached to the failure by the action. */
        payload?: unknown;
        /** @description The failed provider response (424 only). */
        upstream?: {
          /** @description Upstream HTTP status. */
          status?: number;
          /** @description Selected upstream headers (content type and rate-limit headers). */
          headers?: {
            [key: string]: string;
          };
          /** @description Upstream response body. */
          body?: unknown;
        };
      } & {
        [key: string]: unknown;
      };
    };
    SuccessResponse: {
      /** @description `true` when the operation succeeded. */
      success: boolean;
    };
    /** @description The value returned by the action; any JSON value matching its output model. */
    ActionOutput: unknown;
    AsyncActionResponse: {
      /** @description ID of the queued action; pass it to `actions.getResult`. */
      id: string;
      /** @description Path to poll for the result, e.g. `/action/{id}`. */
      statusUrl: string;
    };
    /** @description Free-form JSON object stored on a connection. */
    Metadata: {
      [key: string]: unknown;
    };
    MetadataRequest: {
      connection_id: components["schemas"]["ConnectionIdOrIds"];
      /** @description Integration ID (unique key) of the connections. */
      provider_config_key: string;
      metadata: components["schemas"]["Metadata"];
    };
    /** @description Echo of the request. */
    MetadataResponse: {
      connection_id: components["schemas"]["ConnectionIdOrIds"];
      provider_config_key: string;
      metadata: components["schemas"]["Metadata"];
    };
    /** @description One connection ID, or several; with several, an unknown ID aborts the whole update. */
    ConnectionIdOrIds: string | string[];
    /** @description String tags of a connection (at most 10; keys are stored in lowercase). */
    Tags: {
      [key: string]: string;
    };
    /**
     * @deprecated
     * @description Deprecated end-user profile; use `tags` instead.
     */
    EndUser: {
      /** @description Your ID for the end user. */
      id: string;
      email?: string;
      display_name?: string;
      /** @description End-user tags (string values, at most 64 keys). */
      tags?: {
        [key: string]: string;
      };
    };
    /**
     * @deprecated
     * @description Deprecated end-user profile stored on a connection.
     */
    ConnectionEndUser: {
      id: string;
      email?: string | null;
      display_name?: string | null;
      tags?: {
        [key: string]: unknown;
      };
      organization?: {
        id: string;
        display_name?: string | null;
      } | null;
    };
    /** @description A problem recorded on a connection. */
    ConnectionError: {
      /**
       * @description `auth`: the credentials are invalid; `sync`: the last sync run failed.
       * @enum {string}
       */
      type: "auth" | "sync";
      /** @description ID of the log entry with the details. */
      log_id: string;
    };
    /** @description A connection as listed, without credentials. */
    ConnectionSummary: {
      /** @description Internal numeric ID. */
      id: number;
      /** @description Connection ID. */
      connection_id: string;
      /** @description Provider name. */
      provider: string;
      /** @description Integration ID (unique key). */
      provider_config_key: string;
      /** @description Creation time (ISO 8601). */
      created: string;
      /** @description Metadata stored on the connection. */
      metadata: {
        [key: string]: unknown;
      } | null;
      tags: components["schemas"]["Tags"];
      errors: components["schemas"]["ConnectionError"][];
      /** @deprecated */
      end_user?: components["schemas"]["ConnectionEndUser"] | null;
    };
    ConnectionList: {
      connections: components["schemas"]["ConnectionSummary"][];
    };
    /** @description A connection with its configuration and, when the key may read them, its credentials. */
    ConnectionFull: {
      /** @description Internal numeric ID. */
      id: number;
      /** @description Connection ID. */
      connection_id: string;
      /** @description Integration ID (unique key). */
      provider_config_key: string;
      /** @description Provider name. */
      provider: string;
      errors: components["schemas"]["ConnectionError"][];
      /** @deprecated */
      end_user?: components["schemas"]["ConnectionEndUser"] | null;
      /** @description Metadata stored on the connection. */
      metadata: {
        [key: string]: unknown;
      } | null;
      /** @description Provider-specific connection configuration. */
      connection_config: {
        [key: string]: unknown;
      };
      tags: components["schemas"]["Tags"];
      /** @description Creation time (ISO 8601). */
      created_at: string;
      /** @description Last update time (ISO 8601). */
      updated_at: string;
      /** @description Last time the credentials were read (ISO 8601). */
      last_fetched_at: string | null;
      credentials?: components["schemas"]["AllAuthCredentials"];
    };
    /** @description Credentials of the imported connection; the shape depends on the provider's auth mode. */
    ConnectionCredentialsInput: components["schemas"]["OAuth1Credentials"] | components["schemas"]["OAuth2Credentials"] | components["schemas"]["BasicApiCredentials"] | components["schemas"]["ApiKeyCredentials"] | components["schemas"]["OAuth2ClientCredentials"] | components["schemas"]["UnauthCredentialsWithType"] | components["schemas"]["TbaCredentials"] | components["schemas"]["GithubAppInstallationCredentials"];
    /** @description Credentials of a connection; the shape depends on the provider's auth mode. */
    AllAuthCredentials: components["schemas"]["OAuth1CredentialsWithRaw"] | components["schemas"]["OAuth2CredentialsWithRaw"] | components["schemas"]["BasicApiCredentials"] | components["schemas"]["ApiKeyCredentials"] | components["schemas"]["AppCredentials"] | components["schemas"]["JwtCredentials"] | components["schemas"]["OAuth2ClientCredentialsWithRaw"] | components["schemas"]["AppStoreCredentialsWithRaw"] | components["schemas"]["UnauthCredentials"] | components["schemas"]["CustomCredentials"] | components["schemas"]["TbaCredentials"] | components["schemas"]["BillCredentials"] | components["schemas"]["TwoStepCredentials"] | components["schemas"]["SignatureCredentials"] | components["schemas"]["AwsSigV4Credentials"];
    /** @description The provider's raw token response. */
    RawTokenResponse: {
      [key: string]: unknown;
    };
    /** @description OAuth client used instead of the integration's. */
    ConfigOverride: {
      client_id?: string;
      client_secret?: string;
    };
    /** API key */
    ApiKeyCredentials: {
      /** @enum {string} */
      type: "API_KEY";
      apiKey: string;
    };
    /** GitHub App */
    AppCredentials: {
      /** @enum {string} */
      type: "APP";
      access_token: string;
      /** Format: date-time */
      expires_at?: string;
      raw: components["schemas"]["RawTokenResponse"];
    };
    /** App Store */
    AppStoreCredentialsWithRaw: {
      /** @enum {string} */
      type?: "APP_STORE";
      access_token: string;
      /** Format: date-time */
      expires_at?: string;
      private_key: string;
      raw: components["schemas"]["RawTokenResponse"];
    };
    /** Basic auth */
    BasicApiCredentials: {
      /** @enum {string} */
      type: "BASIC";
      username: string;
      password: string;
    };
    /** Bill */
    BillCredentials: {
      /** @enum {string} */
      type: "BILL";
      username: string;
      password: string;
      organization_id: string;
      dev_key: string;
      session_id?: string;
      user_id?: string;
      /** Format: date-time */
      expires_at?: string;
      raw: components["schemas"]["RawTokenResponse"];
    };
    /** Custom */
    CustomCredentials: {
      /** @enum {string} */
      type: "CUSTOM";
      raw: components["schemas"]["RawTokenResponse"];
    };
    /** JWT */
    JwtCredentials: {
      /** @enum {string} */
      type: "JWT";
      privateKey: {
        id: string;
        secret: string;
      } | string;
      privateKeyId?: string;
      issuerId?: string;
      token?: string;
      /** Format: date-time */
      expires_at?: string;
    };
    /** OAuth 1 */
    OAuth1Credentials: {
      /** @enum {string} */
      type: "OAUTH1";
      oauth_token: string;
      oauth_token_secret: string;
    };
    /** OAuth 1 (with raw token response) */
    OAuth1CredentialsWithRaw: {
      /** @enum {string} */
      type: "OAUTH1";
      oauth_token: string;
      oauth_token_secret: string;
      raw: components["schemas"]["RawTokenResponse"];
    };
    /** OAuth 2 */
    OAuth2Credentials: {
      /** @enum {string} */
      type: "OAUTH2";
      access_token: string;
      refresh_token?: string;
      /** Format: date-time */
      expires_at?: string;
      config_override?: components["schemas"]["ConfigOverride"];
    };
    /** OAuth 2 (with raw token response) */
    OAuth2CredentialsWithRaw: {
      /** @enum {string} */
      type: "OAUTH2";
      access_token: string;
      refresh_token?: string;
      /** Format: date-time */
      expires_at?: string;
      config_override?: components["schemas"]["ConfigOverride"];
      raw: components["schemas"]["RawTokenResponse"];
    };
    /** OAuth 2 client credentials */
    OAuth2ClientCredentials: {
      /** @enum {string} */
      type: "OAUTH2_CC";
      client_id: string;
      client_secret: string;
      token: string;
      /** Format: date-time */
      expires_at?: string;
    };
    /** OAuth 2 client credentials (with raw token response) */
    OAuth2ClientCredentialsWithRaw: {
      /** @enum {string} */
      type: "OAUTH2_CC";
      client_id: string;
      client_secret: string;
      token: string;
      /** Format: date-time */
      expires_at?: string;
      raw: components["schemas"]["RawTokenResponse"];
    };
    /** Signature */
    SignatureCredentials: {
      /** @enum {string} */
      type: "SIGNATURE";
      username: string;
      password: string;
      token?: string;
      /** Format: date-time */
      expires_at?: string;
    };
    /** TBA */
    TbaCredentials: {
      /** @enum {string} */
      type: "TBA";
      token_id: string;
      token_secret: string;
      config_override: components["schemas"]["ConfigOverride"];
    };
    /**
     * AWS SigV4
     * @description An IAM role that Nango assumes to sign requests with AWS Signature Version 4.
     */
    AwsSigV4Credentials: {
      /** @enum {string} */
      type: "AWS_SIGV4";
      /** @description ARN of the IAM role to assume. */
      role_arn: string;
      /** @description AWS region the requests are signed for. */
      region: string;
    } & {
      [key: string]: unknown;
    };
    /** Two-step */
    TwoStepCredentials: {
      /** @enum {string} */
      type: "TWO_STEP";
      token?: string;
      /** Format: date-time */
      expires_at?: string;
      raw: components["schemas"]["RawTokenResponse"];
    };
    /**
     * No credentials
     * @description Empty object (provider without authentication).
     */
    UnauthCredentials: Record<string, unknown>;
    /** No credentials */
    UnauthCredentialsWithType: {
      /** @enum {string} */
      type: "NONE";
    };
    /** GitHub App installation */
    GithubAppInstallationCredentials: {
      /** @enum {string} */
      type: "APP";
      app_id: string;
      installation_id: string;
    };
    /** @description A stored record; its own fields follow the sync's model. */
    NangoRecord: {
      _nango_metadata: components["schemas"]["RecordMetadata"];
    } & {
      [key: string]: unknown;
    };
    /** @description Bookkeeping Nango keeps for each record. */
    RecordMetadata: {
      /**
       * Format: date-time
       * @description When Nango saw the record disappear, or `null`.
       */
      deleted_at: string | null;
      /**
       * @description Last change seen on the record.
       * @enum {string}
       */
      last_action: "ADDED" | "UPDATED" | "DELETED";
      /**
       * Format: date-time
       * @description When Nango first saw the record.
       */
      first_seen_at: string;
      /**
       * Format: date-time
       * @description When Nango last saw the record change.
       */
      last_modified_at: string;
      /** @description Position of the record; pass it as `cursor` to read the records changed after it. */
      cursor: string;
      /**
       * Format: date-time
       * @description When the record's payload was pruned, or `null`.
       */
      pruned_at?: string | null;
    };
    /** @description Syncs to act on, by name, or as `{name, variant}` objects. */
    SyncSelection: string[] | {
      /** @description Sync name. */
      name: string;
      /** @description Variant name (default `base`). */
      variant?: string;
    }[];
    SyncCommandRequest: {
      /** @description Integration ID (unique key). */
      provider_config_key: string;
      /** @description Connection to act on; all connections of the integration when omitted. */
      connection_id?: string;
      syncs: components["schemas"]["SyncSelection"];
    };
    SyncVariantRequest: {
      /** @description Integration ID (unique key). */
      provider_config_key: string;
      /** @description Connection the variant belongs to. */
      connection_id: string;
    };
    /** @description Status of one sync for one connection. */
    SyncStatus: {
      /** @description Sync ID. */
      id: string;
      /** @description Connection ID. */
      connection_id: string;
      /** @description Sync name. */
      name: string;
      /** @description Variant name. */
      variant: string;
      /**
       * @description Current state.
       * @enum {string}
       */
      status: "RUNNING" | "PAUSED" | "STOPPED" | "SUCCESS" | "ERROR";
      /**
       * @deprecated
       * @description Kind of the last completed run.
       * @enum {string|null}
       */
      type?: "INCREMENTAL" | "INITIAL" | null;
      /** @description End of the last completed run (ISO 8601). */
      finishedAt?: string | null;
      /** @description Next scheduled run (ISO 8601). */
      nextScheduledSyncAt?: string | null;
      /** @description Schedule of the sync. */
      frequency?: string | null;
      /** @description Records added, updated and deleted per model by the last run. */
      latestResult?: {
        [key: string]: unknown;
      } | null;
      /** @description Number of stored records per model. */
      recordCount?: {
        [key: string]: number;
      } | null;
      /** @description Last checkpoint saved by the sync, or `null`. */
      checkpoint?: {
        [key: string]: unknown;
      } | null;
    };
    /** @description A provider of the catalog. OAuth 1 and OAuth 2 providers carry extra fields. */
    Provider: components["schemas"]["ProviderOAuth2"] | components["schemas"]["ProviderOAuth1"] | components["schemas"]["BaseProvider"];
    /** @description Fields common to all providers. */
    BaseProvider: {
      /** @description Provider name, used as `provider` elsewhere. */
      name: string;
      display_name: string;
      /** @description URL of the provider logo. */
      logo_url?: string;
      /**
       * @description How connections to this provider authenticate.
       * @enum {string}
       */
      auth_mode: "OAUTH1" | "OAUTH2" | "OAUTH2_CC" | "MCP_OAUTH2" | "MCP_OAUTH2_GENERIC" | "BASIC" | "API_KEY" | "APP_STORE" | "CUSTOM" | "APP" | "NONE" | "TBA" | "JWT" | "BILL" | "TWO_STEP" | "SIGNATURE" | "INSTALL_PLUGIN" | "AWS_SIGV4";
      proxy?: components["schemas"]["ProviderProxy"];
      authorization_url?: string;
      authorization_url_encode?: boolean;
      access_token_url?: string;
      token_url_encode?: boolean;
      authorization_params?: {
        [key: string]: unknown;
      };
      scope_separator?: string;
      default_scopes?: string[];
      token_url?: string | components["schemas"]["TokenUrlObject"];
      token_params?: {
        [key: string]: unknown;
      };
      authorization_url_replacements?: {
        [key: string]: unknown;
      };
      authorization_url_fragment?: string;
      redirect_uri_metadata?: string[];
      token_response_metadata?: string[];
      /** @description URL of Nango's documentation page for the provider. */
      docs: string;
      token_expiration_buffer?: number;
      webhook_routing_script?: string;
      webhook_user_defined_secret?: boolean;
      post_connection_script?: string;
      pre_connection_deletion_script?: string;
      categories?: string[];
      connection_configuration?: string[];
      /** @description Inputs the end user fills in, keyed by field name. */
      connection_config?: {
        [key: string]: components["schemas"]["SimplifiedJSONSchema"];
      };
      /** @description Credential inputs, keyed by field name. */
      credentials?: {
        [key: string]: components["schemas"]["SimplifiedJSONSchema"];
      };
    } & {
      [key: string]: unknown;
    };
    /** @description How the proxy talks to the provider. */
    ProviderProxy: {
      base_url: string;
      headers?: {
        [key: string]: string;
      };
      query?: {
        api_key?: string;
      } & {
        [key: string]: unknown;
      };
      /** @description Where the proxy finds out when a rate-limited request may be retried. */
      retry?: {
        /** @description Response header (or headers, tried in order) holding the time at which to retry. */
        at?: components["schemas"]["HeaderNameOrList"];
        /** @description Response header (or headers, tried in order) holding how long to wait before retrying. */
        after?: components["schemas"]["HeaderNameOrList"];
        /** @description Response header holding how many requests are left in the current window. */
        remaining?: string;
        /** @description Statuses treated as rate limiting, as strings; `5xx` stands for every server error. */
        error_code?: string[];
        /** @description Reads the retry time from the response body instead of a header. */
        in_body?: {
          /** @description Dotted path of the body field to read. */
          path: string;
          /** @description Regular expression (between slashes) whose first group is the retry time. */
          value: string;
          /** @description Whether the captured value is a time (`at`) or a delay (`after`). */
          strategy?: string;
        } & {
          [key: string]: unknown;
        };
      } & {
        [key: string]: unknown;
      };
      decompress?: boolean;
      /** @description Default pagination settings for the provider (cursor, link or offset based). */
      paginate?: {
        /** @enum {string} */
        type?: "cursor" | "link" | "offset";
      } & {
        [key: string]: unknown;
      };
      /** @description Requests that check new credentials; the first endpoint that answers with success confirms them. */
      verification?: {
        /** @description HTTP method of the check; `GET` when omitted. */
        method?: string;
        /** @description Paths to try, relative to the base URL; they may hold `${...}` placeholders. */
        endpoints: string[];
        /** @description Body sent with the check request. */
        data?: unknown;
        base_url_override?: string;
        headers?: {
          [key: string]: string;
        };
      } & {
        [key: string]: unknown;
      };
    } & {
      [key: string]: unknown;
    };
    /** @description One header name, or several tried in order. */
    HeaderNameOrList: string | string[];
    /** @description Token URL per auth mode. */
    TokenUrlObject: {
      OAUTH1?: string;
      OAUTH2?: string;
      OAUTH2CC?: string;
      BASIC?: string;
      API_KEY?: string;
      APP_STORE?: string;
      CUSTOM?: string;
      APP?: string;
      NONE?: string;
    } & {
      [key: string]: string;
    };
    /** @description Description of one input field. */
    SimplifiedJSONSchema: {
      type: string;
      title: string;
      description: string;
      example?: string;
      pattern?: string;
      format?: string;
    } & {
      [key: string]: unknown;
    };
    /** @description A provider whose connections obtain OAuth 2 tokens (including client-credentials, MCP and custom flows). */
    ProviderOAuth2: components["schemas"]["BaseProvider"] & ({
      /** @enum {string} */
      auth_mode: "OAUTH2" | "OAUTH2_CC" | "MCP_OAUTH2" | "MCP_OAUTH2_GENERIC" | "CUSTOM";
      token_params?: {
        /** @description Grant sent to the token URL: usually `authorization_code` or `client_credentials`; some providers use `password`, `refresh_token`, an extension grant URI or a provider-specific value. */
        grant_type?: string;
      } & {
        [key: string]: unknown;
      };
      disable_pkce?: boolean;
      refresh_params?: {
        /** @enum {string} */
        grant_type?: "refresh_token";
      } & {
        [key: string]: unknown;
      };
      /** @enum {string} */
      authorization_method?: "body" | "header";
      /**
       * @description How the token request carries its parameters.
       * @enum {string}
       */
      body_format?: "form" | "json" | "query" | "xml";
      refresh_url?: string;
      /** @enum {string} */
      expires_in_unit?: "milliseconds";
      /**
       * @description How the client authenticates to the token URL when not through body parameters.
       * @enum {string}
       */
      token_request_auth_method?: "basic" | "custom" | "private_key_jwt";
    } & {
      [key: string]: unknown;
    });
    /** @description An OAuth 1 provider. */
    ProviderOAuth1: components["schemas"]["BaseProvider"] & ({
      /** @enum {string} */
      auth_mode: "OAUTH1";
      request_url: string;
      request_params?: {
        [key: string]: unknown;
      };
      /** @enum {string} */
      request_http_method?: "GET" | "PUT" | "POST";
      /** @enum {string} */
      token_http_method?: "GET" | "PUT" | "POST";
      /** @enum {string} */
      signature_method: "HMAC-SHA1" | "RSA-SHA1" | "PLAINTEXT";
    } & {
      [key: string]: unknown;
    });
    /** @description An integration. */
    Integration: {
      /** @description Integration ID. */
      unique_key: string;
      /** @description Display name. */
      display_name: string;
      /** @description Provider name. */
      provider: string;
      /** @description URL of the provider logo (SVG). */
      logo?: string;
      /** @description Whether provider webhooks are forwarded to your webhook URL. */
      forward_webhooks?: boolean;
      /** Format: date-time */
      created_at: string;
      /** Format: date-time */
      updated_at: string;
    };
    /** @description An integration, with the extras asked for through `include`. */
    IntegrationFull: {
      /** @description Integration ID. */
      unique_key: string;
      /** @description Display name. */
      display_name: string;
      /** @description Provider name. */
      provider: string;
      /** @description URL of the provider logo (SVG). */
      logo?: string;
      /** @description Whether provider webhooks are forwarded to your webhook URL. */
      forward_webhooks?: boolean;
      /** Format: date-time */
      created_at: string;
      /** Format: date-time */
      updated_at: string;
      /** @description URL to register at the provider for its webhooks (with `include=webhook`). */
      webhook_url?: string | null;
      /** @description OAuth or app credentials of the integration (with `include=credentials`). */
      credentials?: components["schemas"]["IntegrationCredentials"] | null;
    };
    /**
     * @description Provider-specific settings, for providers that declare an `integration_config` schema (for example
     *     `aws-sigv4`). Keys and values are checked against that schema; on update only the keys sent change.
     */
    IntegrationConfig: {
      [key: string]: string;
    };
    /** @description Custom string settings of the integration, for providers that use them. */
    IntegrationCustomConfig: {
      [key: string]: string;
    };
    /** @description Developer-app credentials of an integration; the shape depends on `type`. */
    IntegrationCredentials: {
      /** @enum {string} */
      type: "OAUTH1" | "OAUTH2" | "TBA";
      client_id: string;
      client_secret: string;
      /** @description Comma-separated OAuth scopes. */
      scopes?: string | null;
      /** @description Secret used to verify the provider's webhooks. */
      webhook_secret?: string | null;
    } | {
      /** @enum {string} */
      type: "APP";
      app_id: string;
      app_link: string;
      private_key: string;
    } | {
      /** @enum {string} */
      type: "CUSTOM";
      client_id: string;
      client_secret: string;
      app_id: string;
      app_link: string;
      private_key: string;
    };
    /**
     * @description Kind of function.
     * @enum {string}
     */
    FunctionType: "sync" | "action" | "on-event";
    /**
     * @description Kind of function that can be run or deployed.
     * @enum {string}
     */
    RunnableFunctionType: "action" | "sync";
    /** @description Deployment data of a deployed function. */
    DeployedMeta: {
      id: number;
      enabled: boolean;
      /** Format: date-time */
      last_deployed: string;
      /**
       * @description `catalog`: a template; `standalone`: deployed through the API; `repo`: deployed by `nango deploy`.
       * @enum {string}
       */
      source: "catalog" | "standalone" | "repo";
    };
    /** @description A sync function. */
    NangoSyncFunction: {
      name: string;
      description?: string;
      scopes?: string[];
      /** @enum {string} */
      type: "sync";
      /** @description Name of the metadata model. */
      input?: string;
      /** @description Names of the models the sync stores. */
      returns: string[];
      /** @description JSON Schema of the models. */
      json_schema: {
        [key: string]: unknown;
      } | null;
      /** @description Schedule, e.g. `every day`. */
      runs: string | null;
      auto_start: boolean;
      track_deletes: boolean;
    };
    /** @description An action function. */
    NangoActionFunction: {
      name: string;
      description?: string;
      scopes?: string[];
      /** @enum {string} */
      type: "action";
      /** @description Name of the input model. */
      input?: string;
      /** @description Names of the output models. */
      returns: string[];
      /** @description JSON Schema of the models. */
      json_schema: {
        [key: string]: unknown;
      } | null;
    };
    /** @description A function run on a connection event. */
    NangoOnEventFunction: {
      name: string;
      description?: string;
      scopes?: string[];
      /** @enum {string} */
      type: "on-event";
      /** @enum {string} */
      event: "post-connection-creation" | "pre-connection-deletion" | "validate-connection";
    };
    /** @description A template sync or action from the provider catalog. */
    ProviderTemplateFunction: components["schemas"]["NangoSyncFunction"] | components["schemas"]["NangoActionFunction"];
    /** @description A deployed function with its deployment data. */
    DeployedNangoFunction: (components["schemas"]["NangoSyncFunction"] & components["schemas"]["DeployedMeta"]) | (components["schemas"]["NangoActionFunction"] & components["schemas"]["DeployedMeta"]) | (components["schemas"]["NangoOnEventFunction"] & components["schemas"]["DeployedMeta"]);
    FunctionCompileRequest: {
      /** @description TypeScript source of the function. */
      code: string;
    };
    FunctionCompileResponse: {
      bundle_size_bytes: number;
      /** @description The bundled JavaScript. */
      bundled_js: string;
      /** Format: date-time */
      compiled_at: string;
    };
    FunctionDryrunRequest: {
      /** @description Integration ID (unique key). */
      integration_id: string;
      function_type: components["schemas"]["RunnableFunctionType"];
      /** @description TypeScript source of the function. */
      code: string;
      /** @description Connection to run against. */
      connection_id: string;
      /** @description Input passed to an action, any JSON value. */
      input?: unknown;
      /** @description Connection metadata seen by the function during the run. */
      metadata?: {
        [key: string]: unknown;
      };
      /** @description Checkpoint seen by a sync during the run. */
      checkpoint?: {
        [key: string]: unknown;
      };
      /**
       * Format: date-time
       * @description Last sync date seen by a sync during the run.
       */
      last_sync_date?: string;
    };
    /**
     * @description State of a dry run or deployment.
     * @enum {string}
     */
    FunctionRunStatus: "waiting" | "running" | "success" | "failed";
    /** @description Why a dry run or deployment failed. */
    FunctionRunError: {
      code: string;
      message: string;
      /** @description Extra data about the failure. */
      payload?: unknown;
    };
    FunctionDryrunCreateResponse: {
      /**
       * Format: uuid
       * @description Dry-run ID, for `functions.getDryrun`.
       */
      id: string;
      /** @enum {string} */
      status: "waiting" | "running";
      /** Format: date-time */
      created_at: string;
    };
    FunctionDryrunResponse: {
      /** Format: uuid */
      id: string;
      status: components["schemas"]["FunctionRunStatus"];
      integration_id: string;
      function_type: components["schemas"]["RunnableFunctionType"];
      /** Format: date-time */
      created_at: string;
      /** Format: date-time */
      updated_at: string;
      /** Format: date-time */
      started_at?: string;
      /** Format: date-time */
      completed_at?: string;
      duration_ms?: number;
      /** @description Log output of the run. */
      output?: string;
      /** @description Value returned by the function, if any. */
      result?: unknown;
      error?: components["schemas"]["FunctionRunError"];
    };
    /** @description What to deploy, chosen by `type`. */
    FunctionDeploymentRequest: components["schemas"]["FunctionDeploymentCodeRequest"] | components["schemas"]["FunctionDeploymentTemplateRequest"];
    FunctionDeploymentCodeRequest: {
      /**
       * @description Deploy the submitted source code. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: "function";
      /** @description Integration ID (unique key). */
      integration_id: string;
      /** @description Name of the sync or action. */
      function_name: string;
      function_type: components["schemas"]["RunnableFunctionType"];
      /** @description TypeScript source of the function. */
      code: string;
      /** @description Version label of this deployment. */
      version?: string;
      /** @description Allow replacing an existing standalone function of the same name. */
      allow_destructive?: boolean;
    };
    FunctionDeploymentTemplateRequest: {
      /**
       * @description Deploy a catalog template. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: "template";
      /** @description Integration ID (unique key). */
      integration_id: string;
      /** @description Template name, as listed by `providers.listTemplates`. */
      template: string;
      function_type?: components["schemas"]["RunnableFunctionType"];
    };
    FunctionDeploymentResponse: {
      /** @description Deployment ID, for `functions.getDeployment`. */
      id: string;
      status: components["schemas"]["FunctionRunStatus"];
      /** Format: date-time */
      created_at: string;
    };
    FunctionDeploymentResultResponse: {
      /** Format: uuid */
      id: string;
      status: components["schemas"]["FunctionRunStatus"];
      integration_id: string;
      function_name: string;
      function_type: components["schemas"]["RunnableFunctionType"];
      /** Format: date-time */
      created_at: string;
      /** Format: date-time */
      updated_at: string;
      /** Format: date-time */
      started_at?: string;
      /** Format: date-time */
      completed_at?: string;
      duration_ms?: number;
      /** @description Whether any function changed. */
      deployed?: boolean;
      /** @description Functions changed by the deployment. */
      deployed_functions?: {
        name: string;
        version: string;
      }[];
      /** @description Log output of the deployment. */
      output?: string;
      error?: components["schemas"]["FunctionRunError"];
    };
    /** @description Functions deployed to one integration. */
    IntegrationScriptsConfig: {
      /** @description Integration ID (unique key). */
      providerConfigKey: string;
      /** @description Provider name. */
      provider: string;
      syncs: components["schemas"]["ScriptConfig"][];
      actions: components["schemas"]["ScriptConfig"][];
      /** @description Names of the on-event functions. */
      "on-events": string[];
    };
    /** @description Configuration of one deployed sync or action. */
    ScriptConfig: {
      id?: number;
      name: string;
      /** @enum {string} */
      type: "sync" | "action";
      enabled?: boolean;
      description?: string;
      json_schema?: {
        [key: string]: unknown;
      } | null;
      /** @description Schedule of a sync. */
      runs?: string | null;
      track_deletes?: boolean;
      auto_start?: boolean;
      /** @description Last deployment time (ISO 8601). */
      last_deployed?: string | null;
      is_public?: boolean;
      pre_built?: boolean;
      version?: string | null;
      attributes?: {
        [key: string]: unknown;
      };
      input?: components["schemas"]["NangoModel"] | null;
      /** @description Names of the output models. */
      returns?: string[];
      scopes?: string[];
      endpoints?: {
        [key: string]: unknown;
      }[];
      webhookSubscriptions?: string[];
      models?: components["schemas"]["NangoModel"][];
    };
    /** @description A data model declared by a function. */
    NangoModel: {
      name: string;
      fields: components["schemas"]["NangoModelField"][];
      isAnon?: boolean;
    };
    /** @description One field of a model; `value` is a type name, a literal, or nested fields. */
    NangoModelField: {
      name: string;
      value: string | number | boolean | null | components["schemas"]["NangoModelField"][];
      array?: boolean;
      dynamic?: boolean;
      model?: boolean;
      optional?: boolean;
      tsType?: boolean;
      union?: boolean;
    };
    /** @description An action described in the OpenAI function-calling format. */
    OpenAIFunction: {
      name: string;
      description: string;
      /** @description JSON Schema of the action input. */
      parameters: {
        [key: string]: unknown;
      };
    };
    /** @description Per-integration defaults for the connect flow, keyed by integration ID. */
    IntegrationConfigDefaults: {
      [key: string]: {
        /** @description User scopes (Slack only). */
        user_scopes?: string;
        /** @description Extra query parameters for the OAuth 2 authorization URL. */
        authorization_params?: {
          [key: string]: unknown;
        };
        connection_config?: {
          /** @description OAuth scopes to request instead of the integration's. */
          oauth_scopes_override?: string;
          /** @description OAuth client ID to use; an empty string lets the end user enter their own. */
          oauth_client_id_override?: string;
          /** @description OAuth client secret to use; an empty string lets the end user enter their own. */
          oauth_client_secret_override?: string;
        } & {
          [key: string]: unknown;
        };
      };
    };
    /** @description Per-integration Connect UI overrides, keyed by integration ID. */
    ConnectOverrides: {
      [key: string]: {
        /** @description URL of the help page Connect UI links to. */
        docs_connect?: string;
      };
    };
    /**
     * @deprecated
     * @description Deprecated organization of the end user; use `tags` instead.
     */
    ConnectSessionOrganization: {
      /** @description Your ID for the organization. */
      id: string;
      display_name?: string;
    };
    ConnectSessionInput: {
      tags?: components["schemas"]["Tags"];
      end_user?: components["schemas"]["EndUser"];
      organization?: components["schemas"]["ConnectSessionOrganization"];
      /** @description Integration IDs the end user may connect; all when omitted. */
      allowed_integrations?: string[];
      integrations_config_defaults?: components["schemas"]["IntegrationConfigDefaults"];
      overrides?: components["schemas"]["ConnectOverrides"];
      /** @description Send the webhooks of the connection created through this session only to this URL. */
      webhook_url_override?: string;
    };
    ConnectSessionReconnectInput: {
      /** @description Connection to repair. */
      connection_id: string;
      /** @description Integration ID (unique key) of the connection. */
      integration_id: string;
      tags?: components["schemas"]["Tags"];
      end_user?: components["schemas"]["EndUser"];
      organization?: components["schemas"]["ConnectSessionOrganization"];
      integrations_config_defaults?: components["schemas"]["IntegrationConfigDefaults"];
      overrides?: components["schemas"]["ConnectOverrides"];
      /** @description Send the webhooks of the connection only to this URL. */
      webhook_url_override?: string;
    };
    ConnectSession: {
      /** @description The connect-session token, for the front end. */
      token: string;
      /** @description URL that opens Connect UI for this session directly (usable as a magic link). */
      connect_link?: string;
      /**
       * Format: date-time
       * @description Expiry time of the token.
       */
      expires_at: string;
    };
    /** @description A connect session as seen by its own token. */
    ConnectSessionDetails: {
      /** @description End user the session was created for, if any. */
      endUser: ({
        id: string;
        email?: string | null;
        display_name?: string | null;
      } & {
        [key: string]: unknown;
      }) | null;
      /** @description Look of Connect UI for the environment (watermark, theme colours). */
      connectUISettings: {
        [key: string]: unknown;
      };
      allowed_integrations?: string[];
      integrations_config_defaults?: components["schemas"]["IntegrationConfigDefaults"];
      /** @description `true` for a session created by `connectSessions.reconnect`. */
      isReconnecting?: boolean;
      overrides?: components["schemas"]["ConnectOverrides"];
      /** @description Path of the websocket endpoint used by the auth popup. */
      websocketsPath?: string;
    };
  };
  responses: {
    /**
     * @description The request is invalid. Validation failures use the codes `invalid_body`, `invalid_query_params`,
     *     `invalid_headers` or `invalid_uri_params` and list the problems in `errors`.
     */
    BadRequest: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["ErrorResponse"];
      };
    };
    /** @description The bearer token is missing, malformed or unknown. */
    Unauthorized: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["ErrorResponse"];
      };
    };
    /** @description The credential is valid but not allowed to do this (missing scope, wrong kind of key). */
    Forbidden: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["ErrorResponse"];
      };
    };
    /** @description The resource does not exist. */
    NotFound: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["ErrorResponse"];
      };
    };
    /** @description The request conflicts with the current state (for example a duplicate name). */
    Conflict: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["ErrorResponse"];
      };
    };
    /** @description The connection's credentials could not be refreshed and need the end user's attention. */
    FailedDependency: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["ErrorResponse"];
      };
    };
    /** @description Rate limit reached (code `too_many_request`). Wait `Retry-After` seconds. */
    TooManyRequests: {
      headers: {
        "Retry-After": components["headers"]["Retry-After"];
        "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
        "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
        "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["ErrorResponse"];
      };
    };
    /** @description Unexpected server error. */
    ServerError: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["ErrorResponse"];
      };
    };
    /** @description A service needed to run the request is unavailable. */
    ServiceUnavailable: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["ErrorResponse"];
      };
    };
    /** @description A service needed to run the request timed out. */
    GatewayTimeout: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["ErrorResponse"];
      };
    };
  };
  parameters: {
    /** @description Preferred language of the provider texts (standard `Accept-Language` syntax). */
    AcceptLanguage: string;
    /** @description Provider name, e.g. `github`. */
    ProviderPath: string;
    /** @description Integration ID (unique key). */
    UniqueKeyPath: string;
    /** @description Function name. */
    FunctionNamePath: string;
    /** @description ID of the connection, as chosen when it was created. */
    ConnectionIdPath: string;
    /** @description Integration ID (unique key) the connection was created for. */
    ProviderConfigKeyQuery: string;
    /** @description ID of the connection, as chosen when it was created. */
    ConnectionIdHeader: string;
    /** @description Integration ID (unique key) the connection was created for. */
    ProviderConfigKeyHeader: string;
    /** @description Refresh the access token even if it has not expired (default `false`). */
    ForceRefresh: boolean;
    /** @description Include the refresh token in the credentials (default `false`). */
    RefreshToken: boolean;
    /** @description Exact connection ID; can match one connection per integration. */
    ConnectionIdFilter: string;
    /** @description Partial match on the connection ID or the end-user profile. */
    ConnectionSearch: string;
    /**
     * @deprecated
     * @description Deprecated end-user filter; filter on a tag such as `tags[end_user_id]` instead.
     */
    EndUserIdFilter: string;
    /**
     * @deprecated
     * @description Deprecated organization filter; filter on a tag such as `tags[organization_id]` instead.
     */
    EndUserOrganizationIdFilter: string;
    /** @description Only return connections having all these tags, sent as `tags[key]=value`. */
    TagsFilter: components["schemas"]["Tags"];
    /** @description Sync name. */
    SyncNamePath: string;
    /** @description Variant name; `base` is reserved. */
    SyncVariantPath: string;
    /**
     * @description Raw path of the upstream endpoint, appended to the provider's base URL. Its slashes are kept as
     *     they are (not percent-encoded), e.g. `repos/octo/hello/issues`.
     */
    ProxyPath: string;
    /** @description Query parameters forwarded to the upstream API as they are; an array value becomes a repeated key. */
    ProxyQuery: {
      [key: string]: string | string[];
    };
    /** @description Number of retries, with exponential back-off, on network errors, 5xx and 429 (default 0). */
    ProxyRetries: number;
    /** @description Comma-separated extra status codes to retry on, e.g. `404,409`. */
    ProxyRetryOn: string;
    /** @description Base URL to use instead of the provider's (a URL, or empty). Can be disabled for the environment. */
    ProxyBaseUrlOverride: string;
    /** @description Decompress the upstream response before returning it (default `false`). */
    ProxyDecompress: boolean;
    /** @description Keep forwarding the request headers when the upstream API redirects. */
    ProxyForwardHeadersOnRedirect: boolean;
  };
  requestBodies: {
    /** @description Body forwarded to the upstream API unchanged, with its content type. */
    ProxyBody: {
      content: {
        "application/json": unknown;
        "application/octet-stream": string;
        "multipart/form-data": {
          [key: string]: unknown;
        };
        "text/plain": string;
      };
    };
  };
  headers: {
    /** @description Number of requests allowed in the current window. */
    "X-RateLimit-Limit": number;
    /** @description Number of requests left in the current window. */
    "X-RateLimit-Remaining": number;
    /** @description Time at which the current window resets, in Unix epoch seconds. */
    "X-RateLimit-Reset": number;
    /** @description Seconds to wait before retrying. */
    "Retry-After": number;
  };
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  "providers.list": {
    parameters: {
      query?: {
        /** @description Case-insensitive regular expression matched against the provider name. */
        search?: string;
      };
      header?: {
        /** @description Preferred language of the provider texts (standard `Accept-Language` syntax). */
        "Accept-Language"?: components["parameters"]["AcceptLanguage"];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The matching providers. */
      200: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
          "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
          "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            data: components["schemas"]["Provider"][];
          };
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["ServerError"];
    };
  };
  "providers.get": {
    parameters: {
      query?: never;
      header?: {
        /** @description Preferred language of the provider texts (standard `Accept-Language` syntax). */
        "Accept-Language"?: components["parameters"]["AcceptLanguage"];
      };
      path: {
        /** @description Provider name, e.g. `github`. */
        provider: components["parameters"]["ProviderPath"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The provider. */
      200: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
          "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
          "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            data: components["schemas"]["Provider"];
          };
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["ServerError"];
    };
  };
  "providers.listTemplates": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Provider name, e.g. `github`. */
        provider: components["parameters"]["ProviderPath"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The provider's template functions. */
      200: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
          "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
          "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            data: components["schemas"]["ProviderTemplateFunction"][];
          };
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["ServerError"];
    };
  };
  "integrations.list": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The integrations. */
      200: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
          "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
          "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            data: components["schemas"]["Integration"][];
          };
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["ServerError"];
    };
  };
  "integrations.create": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /** @description Integration ID of your choice; other calls refer to the integration by it. */
          unique_key: string;
          /** @description Provider name from the catalog, e.g. `github`. */
          provider: string;
          /** @description Name shown in the dashboard and Connect UI. */
          display_name?: string;
          /** @description Forward webhooks received from the provider to your webhook URL. Defaults to `true`. */
          forward_webhooks?: boolean;
          credentials?: components["schemas"]["IntegrationCredentials"];
          integration_config?: components["schemas"]["IntegrationConfig"];
          custom?: components["schemas"]["IntegrationCustomConfig"];
        };
      };
    };
    responses: {
      /** @description The created integration. */
      200: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
          "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
          "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            data: components["schemas"]["Integration"];
          };
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["ServerError"];
    };
  };
  "integrations.createQuickstart": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /** @description Integration ID of your choice. */
          unique_key: string;
          /** @description Provider name from the catalog. */
          provider: string;
          /** @description Name shown in the dashboard and Connect UI. */
          display_name?: string;
          /** @description Forward webhooks received from the provider to your webhook URL. */
          forward_webhooks?: boolean;
        };
      };
    };
    responses: {
      /** @description The created integration. */
      200: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
          "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
          "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            data: components["schemas"]["Integration"];
          };
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["ServerError"];
    };
  };
  "integrations.get": {
    parameters: {
      query?: {
        /** @description Sensitive extras to add to the answer. Sent as a repeated key (`include=webhook&include=credentials`). */
        include?: ("webhook" | "credentials")[];
      };
      header?: never;
      path: {
        /** @description Integration ID (unique key). */
        uniqueKey: components["parameters"]["UniqueKeyPath"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The integration. */
      200: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
          "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
          "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            data: components["schemas"]["IntegrationFull"];
          };
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["ServerError"];
    };
  };
  "integrations.delete": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Integration ID (unique key). */
        uniqueKey: components["parameters"]["UniqueKeyPath"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The integration was deleted. */
      200: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
          "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
          "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["SuccessResponse"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["ServerError"];
    };
  };
  "integrations.update": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Integration ID (unique key). */
        uniqueKey: components["parameters"]["UniqueKeyPath"];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /** @description New integration ID. */
          unique_key?: string;
          /** @description New display name. */
          display_name?: string;
          /** @description Forward webhooks received from the provider to your webhook URL. */
          forward_webhooks?: boolean;
          credentials?: components["schemas"]["IntegrationCredentials"];
          integration_config?: components["schemas"]["IntegrationConfig"];
          custom?: components["schemas"]["IntegrationCustomConfig"];
        };
      };
    };
    responses: {
      /** @description The updated integration. */
      200: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
          "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
          "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            data: components["schemas"]["Integration"];
          };
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["ServerError"];
    };
  };
  "functions.list": {
    parameters: {
      query?: {
        /** @description Only return functions of this type. */
        type?: components["schemas"]["FunctionType"];
        /** @description Case-insensitive filter on the function name. */
        search?: string;
        /** @description Page number, starting at 0. */
        page?: number;
        /** @description Page size. */
        limit?: number;
      };
      header?: never;
      path: {
        /** @description Integration ID (unique key). */
        uniqueKey: components["parameters"]["UniqueKeyPath"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of functions. */
      200: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
          "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
          "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            data: components["schemas"]["DeployedNangoFunction"][];
            pagination: {
              /** @description Number of functions matching the filters, over all pages. */
              total: number;
              /** @description The page returned. */
              page: number;
              /** @description The page size used. */
              limit: number;
            };
          };
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["ServerError"];
    };
  };
  "functions.get": {
    parameters: {
      query?: {
        /** @description Function type; needed when a sync and an action share the name. */
        type?: components["schemas"]["FunctionType"];
      };
      header?: never;
      path: {
        /** @description Integration ID (unique key). */
        uniqueKey: components["parameters"]["UniqueKeyPath"];
        /** @description Function name. */
        name: components["parameters"]["FunctionNamePath"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The function. */
      200: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
          "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
          "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            data: components["schemas"]["DeployedNangoFunction"];
          };
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["ServerError"];
    };
  };
  "functions.delete": {
    parameters: {
      query: {
        /** @description Type of the function to delete. On-event functions cannot be deleted here. */
        type: components["schemas"]["RunnableFunctionType"];
      };
      header?: never;
      path: {
        /** @description Integration ID (unique key). */
        uniqueKey: components["parameters"]["UniqueKeyPath"];
        /** @description Function name. */
        name: components["parameters"]["FunctionNamePath"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The deletion was accepted. */
      200: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
          "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
          "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            data: components["schemas"]["SuccessResponse"];
          };
        };
      };
      /** @description Invalid request, or the function is managed by `nango deploy` (code `function_managed_by_deploy`). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ErrorResponse"];
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["ServerError"];
    };
  };
  "functions.getCode": {
    parameters: {
      query?: {
        /** @description Function type; needed when several functions share the name (otherwise `409 ambiguous_function`). */
        type?: components["schemas"]["FunctionType"];
      };
      header?: never;
      path: {
        /** @description Integration ID (unique key). */
        uniqueKey: components["parameters"]["UniqueKeyPath"];
        /** @description Function name. */
        name: components["parameters"]["FunctionNamePath"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The function source. */
      200: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
          "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
          "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            type: components["schemas"]["FunctionType"];
            /** @description TypeScript source of the function. */
            code: string;
          };
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      /** @description Several functions share this name; pass `type` (code `ambiguous_function`, candidates in `payload.matches`). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["AmbiguousFunctionError"];
        };
      };
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["ServerError"];
    };
  };
  "functions.getScriptsConfig": {
    parameters: {
      query?: {
        /** @description Output format. */
        format?: "nango" | "openai";
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The function configuration, in the requested format. */
      200: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
          "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
          "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["IntegrationScriptsConfig"][] | {
            data: components["schemas"]["OpenAIFunction"][];
          };
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["ServerError"];
    };
  };
  "functions.compile": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["FunctionCompileRequest"];
      };
    };
    responses: {
      /** @description The compiled bundle. */
      200: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
          "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
          "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["FunctionCompileResponse"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["ServerError"];
      503: components["responses"]["ServiceUnavailable"];
      504: components["responses"]["GatewayTimeout"];
    };
  };
  "functions.createDryrun": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["FunctionDryrunRequest"];
      };
    };
    responses: {
      /** @description The dry run was queued. */
      202: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
          "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
          "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["FunctionDryrunCreateResponse"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["ServerError"];
      503: components["responses"]["ServiceUnavailable"];
      504: components["responses"]["GatewayTimeout"];
    };
  };
  "functions.getDryrun": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Dry-run ID returned by `functions.createDryrun`. */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The dry run. */
      200: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
          "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
          "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["FunctionDryrunResponse"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["ServerError"];
    };
  };
  "functions.createDeployment": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["FunctionDeploymentRequest"];
      };
    };
    responses: {
      /** @description The deployment record. */
      202: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
          "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
          "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["FunctionDeploymentResponse"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      /** @description The template is already deployed (`template_already_deployed`), or the template name needs a `function_type` (`ambiguous_function`). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ErrorResponse"];
        };
      };
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["ServerError"];
      503: components["responses"]["ServiceUnavailable"];
      504: components["responses"]["GatewayTimeout"];
    };
  };
  "functions.getDeployment": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Deployment ID returned by `functions.createDeployment`. */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The deployment. */
      200: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
          "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
          "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["FunctionDeploymentResultResponse"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["ServerError"];
    };
  };
  "legacyConnections.list": {
    parameters: {
      query?: {
        /** @description Exact connection ID; can match one connection per integration. */
        connectionId?: components["parameters"]["ConnectionIdFilter"];
        /** @description Partial match on the connection ID or the end-user profile. */
        search?: components["parameters"]["ConnectionSearch"];
        /**
         * @deprecated
         * @description Deprecated end-user filter; filter on a tag such as `tags[end_user_id]` instead.
         */
        endUserId?: components["parameters"]["EndUserIdFilter"];
        /**
         * @deprecated
         * @description Deprecated organization filter; filter on a tag such as `tags[organization_id]` instead.
         */
        endUserOrganizationId?: components["parameters"]["EndUserOrganizationIdFilter"];
        /** @description Only return connections having all these tags, sent as `tags[key]=value`. */
        tags?: components["parameters"]["TagsFilter"];
        /** @description Maximum number of connections to return. */
        limit?: number;
        /** @description Page number, starting at 0. */
        page?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The connections. */
      200: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
          "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
          "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ConnectionList"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["ServerError"];
    };
  };
  "legacyConnections.create": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /** @description Connection ID to create. */
          connection_id?: string;
          /** @description Integration ID (unique key) the connection belongs to. */
          provider_config_key: string;
          /** @description OAuth 2 access token (required for OAuth 2). */
          access_token?: string;
          /** @description OAuth 2 refresh token, if you have one. */
          refresh_token?: string;
          /**
           * Format: date
           * @description OAuth 2 expiry date of the access token (preferred over `expires_in`).
           */
          expires_at?: string;
          /** @description OAuth 2 lifetime of the access token, in seconds. */
          expires_in?: number;
          /** @description OAuth 2; set to `true` when the provider's tokens never expire. */
          no_expiration?: boolean;
          /** @description OAuth 2 client ID to use instead of the integration's. */
          oauth_client_id_override?: string;
          /** @description OAuth 2 client secret to use instead of the integration's. */
          oauth_client_secret_override?: string;
          /** @description OAuth 1 token (required for OAuth 1). */
          oauth_token?: string;
          /** @description OAuth 1 token secret (required for OAuth 1). */
          oauth_token_secret?: string;
          /** @description Metadata to store on the connection. */
          metadata?: {
            [key: string]: unknown;
          };
          /** @description Provider-specific connection configuration (needed by some providers). */
          connection_config?: {
            [key: string]: unknown;
          };
          /** @description Basic auth user name. */
          username?: string;
          /** @description Basic auth password. */
          password?: string;
          /** @description API key (required for API-key providers). */
          api_key?: string;
        };
      };
    };
    responses: {
      /** @description The connection was imported. */
      200: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
          "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
          "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["ServerError"];
    };
  };
  "legacyConnections.get": {
    parameters: {
      query: {
        /** @description Integration ID (unique key) the connection was created for. */
        provider_config_key: components["parameters"]["ProviderConfigKeyQuery"];
        /** @description Refresh the access token even if it has not expired (default `false`). */
        force_refresh?: components["parameters"]["ForceRefresh"];
        /** @description Include the refresh token in the credentials (default `false`). */
        refresh_token?: components["parameters"]["RefreshToken"];
      };
      header?: never;
      path: {
        /** @description ID of the connection, as chosen when it was created. */
        connectionId: components["parameters"]["ConnectionIdPath"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The connection. */
      200: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
          "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
          "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ConnectionFull"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      424: components["responses"]["FailedDependency"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["ServerError"];
    };
  };
  "legacyConnections.delete": {
    parameters: {
      query: {
        /** @description Integration ID (unique key) the connection was created for. */
        provider_config_key: components["parameters"]["ProviderConfigKeyQuery"];
      };
      header?: never;
      path: {
        /** @description ID of the connection, as chosen when it was created. */
        connectionId: components["parameters"]["ConnectionIdPath"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The connection was deleted. */
      200: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
          "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
          "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["SuccessResponse"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["ServerError"];
    };
  };
  "legacyConnections.setMetadata": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["MetadataRequest"];
      };
    };
    responses: {
      /** @description The metadata was stored; the request is echoed back. */
      201: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
          "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
          "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["MetadataResponse"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["ServerError"];
    };
  };
  "legacyConnections.updateMetadata": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["MetadataRequest"];
      };
    };
    responses: {
      /** @description The metadata was merged; the request is echoed back. */
      200: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
          "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
          "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["MetadataResponse"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["ServerError"];
    };
  };
  "legacyConnections.setMetadataById": {
    parameters: {
      query?: never;
      header: {
        /** @description Integration ID (unique key) the connection was created for. */
        "Provider-Config-Key": components["parameters"]["ProviderConfigKeyHeader"];
      };
      path: {
        /** @description ID of the connection, as chosen when it was created. */
        connectionId: components["parameters"]["ConnectionIdPath"];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["Metadata"];
      };
    };
    responses: {
      /** @description The metadata was stored. */
      201: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
          "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
          "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["ServerError"];
    };
  };
  "legacyConnections.updateMetadataById": {
    parameters: {
      query?: never;
      header: {
        /** @description Integration ID (unique key) the connection was created for. */
        "Provider-Config-Key": components["parameters"]["ProviderConfigKeyHeader"];
      };
      path: {
        /** @description ID of the connection, as chosen when it was created. */
        connectionId: components["parameters"]["ConnectionIdPath"];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["Metadata"];
      };
    };
    responses: {
      /** @description The metadata was merged. */
      200: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
          "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
          "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            [key: string]: unknown;
          };
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["ServerError"];
    };
  };
  "connections.list": {
    parameters: {
      query?: {
        /** @description Exact connection ID; can match one connection per integration. */
        connectionId?: components["parameters"]["ConnectionIdFilter"];
        /** @description Partial match on the connection ID or the end-user profile. */
        search?: components["parameters"]["ConnectionSearch"];
        /**
         * @deprecated
         * @description Deprecated end-user filter; filter on a tag such as `tags[end_user_id]` instead.
         */
        endUserId?: components["parameters"]["EndUserIdFilter"];
        /**
         * @deprecated
         * @description Deprecated organization filter; filter on a tag such as `tags[organization_id]` instead.
         */
        endUserOrganizationId?: components["parameters"]["EndUserOrganizationIdFilter"];
        /** @description Only return connections of these integrations. Sent as one comma-separated value. */
        integrationId?: string[];
        /** @description Only return connections having all these tags, sent as `tags[key]=value`. */
        tags?: components["parameters"]["TagsFilter"];
        /** @description Page size. */
        limit?: number;
        /** @description Page number, starting at 0 (offset = page x limit). */
        page?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of connections. */
      200: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
          "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
          "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ConnectionList"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["ServerError"];
    };
  };
  "connections.create": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /** @description Integration ID (unique key) the connection belongs to. */
          provider_config_key: string;
          /** @description Connection ID to use; generated when omitted. */
          connection_id?: string;
          credentials: components["schemas"]["ConnectionCredentialsInput"];
          metadata?: components["schemas"]["Metadata"];
          /** @description Provider-specific connection configuration (needed by some providers). */
          connection_config?: {
            [key: string]: unknown;
          };
          tags?: components["schemas"]["Tags"];
          /** @description Send this connection's webhooks only to this URL instead of the environment's webhook URLs. */
          webhook_url_override?: string;
          end_user?: components["schemas"]["EndUser"];
        };
      };
    };
    responses: {
      /** @description The connection. */
      200: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
          "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
          "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ConnectionFull"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["ServerError"];
    };
  };
  "connections.get": {
    parameters: {
      query: {
        /** @description Integration ID (unique key) the connection was created for. */
        provider_config_key: components["parameters"]["ProviderConfigKeyQuery"];
        /** @description Refresh the access token even if it has not expired (default `false`). */
        force_refresh?: components["parameters"]["ForceRefresh"];
        /** @description Include the refresh token in the credentials (default `false`). */
        refresh_token?: components["parameters"]["RefreshToken"];
        /** @description Refresh the JWT of a GitHub App (or GitHub App OAuth) connection (default `false`). */
        refresh_github_app_jwt_token?: boolean;
      };
      header?: never;
      path: {
        /** @description ID of the connection, as chosen when it was created. */
        connectionId: components["parameters"]["ConnectionIdPath"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The connection. */
      200: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
          "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
          "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ConnectionFull"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      424: components["responses"]["FailedDependency"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["ServerError"];
    };
  };
  "connections.delete": {
    parameters: {
      query: {
        /** @description Integration ID (unique key) the connection was created for. */
        provider_config_key: components["parameters"]["ProviderConfigKeyQuery"];
      };
      header?: never;
      path: {
        /** @description ID of the connection, as chosen when it was created. */
        connectionId: components["parameters"]["ConnectionIdPath"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The connection was deleted. */
      200: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
          "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
          "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["SuccessResponse"];
        };
      };
      /** @description Invalid request, or no such connection (code `unknown_connection`). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ErrorResponse"];
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["ServerError"];
    };
  };
  "connections.update": {
    parameters: {
      query: {
        /** @description Integration ID (unique key) the connection was created for. */
        provider_config_key: components["parameters"]["ProviderConfigKeyQuery"];
      };
      header?: never;
      path: {
        /** @description ID of the connection, as chosen when it was created. */
        connectionId: components["parameters"]["ConnectionIdPath"];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          tags?: components["schemas"]["Tags"];
          /** @description Send this connection's webhooks only to this URL; an empty string removes the override. */
          webhook_url_override?: string;
          end_user?: components["schemas"]["EndUser"];
        };
      };
    };
    responses: {
      /** @description The connection was updated. */
      200: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
          "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
          "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["SuccessResponse"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["ServerError"];
    };
  };
  "connections.setMetadata": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["MetadataRequest"];
      };
    };
    responses: {
      /** @description The metadata was stored; the request is echoed back. */
      201: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
          "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
          "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["MetadataResponse"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["ServerError"];
    };
  };
  "connections.updateMetadata": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["MetadataRequest"];
      };
    };
    responses: {
      /** @description The metadata was merged; the request is echoed back. */
      200: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
          "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
          "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["MetadataResponse"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["ServerError"];
    };
  };
  "records.list": {
    parameters: {
      query: {
        /** @description Name of the model to read. */
        model: string;
        /**
         * @description Return records modified after this point: a previous `next_cursor`, or the
         *     `_nango_metadata.cursor` of the last record you processed. More precise than `modified_after`.
         */
        cursor?: string;
        /** @description Maximum number of records per page. */
        limit?: number;
        /**
         * @description Only return records whose last change is of these kinds: a comma-separated list of `added`,
         *     `updated` and `deleted` (either case), e.g. `added,updated`.
         */
        filter?: string;
        /** @description Only return records modified after this timestamp (at most 12 months ago). */
        modified_after?: string;
        /**
         * @deprecated
         * @description Old name of `modified_after`.
         */
        delta?: string;
        /** @description Only return records with these IDs. Sent as a repeated key. */
        ids?: string[];
        /** @description Model variant to read (default `base`). */
        variant?: string;
      };
      header: {
        /** @description ID of the connection, as chosen when it was created. */
        "Connection-Id": components["parameters"]["ConnectionIdHeader"];
        /** @description Integration ID (unique key) the connection was created for. */
        "Provider-Config-Key": components["parameters"]["ProviderConfigKeyHeader"];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of records. */
      200: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
          "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
          "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            records: components["schemas"]["NangoRecord"][];
            /** @description Cursor of the next page, or `null` when there are no more records. */
            next_cursor: string | null;
          };
        };
      };
      /** @description Invalid request, or no such connection (code `unknown_connection`). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ErrorResponse"];
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["ServerError"];
    };
  };
  "records.prune": {
    parameters: {
      query?: never;
      header: {
        /** @description ID of the connection, as chosen when it was created. */
        "Connection-Id": components["parameters"]["ConnectionIdHeader"];
        /** @description Integration ID (unique key) the connection was created for. */
        "Provider-Config-Key": components["parameters"]["ProviderConfigKeyHeader"];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /** @description Model whose records are pruned. */
          model: string;
          /** @description Model variant (default `base`). */
          variant?: string;
          /** @description Prune records up to and including the record with this `_nango_metadata.cursor`. */
          until_cursor: string;
          /**
           * @description Maximum number of records pruned by this call.
           * @default 1000
           */
          limit?: number;
        };
      };
    };
    responses: {
      /** @description Records were pruned. */
      200: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
          "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
          "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** @description Number of records pruned by this call. */
            count: number;
            /** @description `true` when records up to the cursor may remain; call again. */
            has_more: boolean;
          };
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["ServerError"];
    };
  };
  "syncs.trigger": {
    parameters: {
      query?: never;
      header?: {
        /** @description Legacy fallback for `provider_config_key` in the body. */
        "Provider-Config-Key"?: string;
        /** @description Legacy fallback for `connection_id` in the body. */
        "Connection-Id"?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /** @description Integration ID (unique key). */
          provider_config_key: string;
          /** @description Connection to run the syncs for; all connections of the integration when omitted. */
          connection_id?: string;
          syncs: components["schemas"]["SyncSelection"];
          /** @description Run options. */
          opts?: {
            /** @description Clear the checkpoint and last sync date first, so the sync starts from scratch. */
            reset?: boolean;
            /** @description Also delete the records already stored for the sync. Needs `reset`. */
            emptyCache?: boolean;
          };
          /**
           * @deprecated
           * @description Old way to ask for a reset; use `opts`.
           * @enum {string}
           */
          sync_mode?: "incremental" | "full_refresh" | "full_refresh_and_clear_cache";
          /**
           * @deprecated
           * @description Old way to ask for a full resync; use `opts.reset`.
           */
          full_resync?: boolean;
        };
      };
    };
    responses: {
      /** @description The syncs were triggered. */
      200: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
          "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
          "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["SuccessResponse"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["ServerError"];
    };
  };
  "syncs.start": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["SyncCommandRequest"];
      };
    };
    responses: {
      /** @description The syncs were started. */
      200: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
          "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
          "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["SuccessResponse"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["ServerError"];
    };
  };
  "syncs.pause": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["SyncCommandRequest"];
      };
    };
    responses: {
      /** @description The syncs were paused. */
      200: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
          "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
          "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["SuccessResponse"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["ServerError"];
    };
  };
  "syncs.status": {
    parameters: {
      query: {
        /** @description Integration ID (unique key). */
        provider_config_key: string;
        /**
         * @description Syncs to report, sent as one comma-separated value. `*` selects every sync of the integration;
         *     a variant is written `name::variant`.
         */
        syncs: string[];
        /** @description Connection to report on; all connections when omitted. */
        connection_id?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The status of each sync. */
      200: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
          "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
          "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            syncs: components["schemas"]["SyncStatus"][];
          };
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["ServerError"];
    };
  };
  "syncs.createVariant": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Sync name. */
        name: components["parameters"]["SyncNamePath"];
        /** @description Variant name; `base` is reserved. */
        variant: components["parameters"]["SyncVariantPath"];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["SyncVariantRequest"];
      };
    };
    responses: {
      /** @description The variant was created. */
      200: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
          "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
          "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** @description ID of the new sync variant. */
            id: string;
            /** @description Sync name. */
            name: string;
            /** @description Variant name. */
            variant: string;
          };
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["ServerError"];
    };
  };
  "syncs.deleteVariant": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Sync name. */
        name: components["parameters"]["SyncNamePath"];
        /** @description Variant name; `base` is reserved. */
        variant: components["parameters"]["SyncVariantPath"];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["SyncVariantRequest"];
      };
    };
    responses: {
      /** @description The variant was deleted. */
      200: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
          "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
          "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["SuccessResponse"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["ServerError"];
    };
  };
  "syncs.updateFrequency": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /** @description Integration ID (unique key). */
          provider_config_key: string;
          /** @description Connection ID. */
          connection_id: string;
          /** @description Sync to change. */
          sync_name: string;
          /** @description Sync variant to change (default `base`). */
          sync_variant?: string;
          /** @description New frequency, or `null` to go back to the default. */
          frequency: string | null;
        };
      };
    };
    responses: {
      /** @description The frequency now in force. */
      200: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
          "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
          "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** @description The frequency now used for this connection. */
            frequency: string;
          };
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["ServerError"];
    };
  };
  "actions.trigger": {
    parameters: {
      query?: never;
      header: {
        /** @description ID of the connection, as chosen when it was created. */
        "Connection-Id": components["parameters"]["ConnectionIdHeader"];
        /** @description Integration ID (unique key) the connection was created for. */
        "Provider-Config-Key": components["parameters"]["ProviderConfigKeyHeader"];
        /** @description Run the action in the background and answer `202` at once. */
        "X-Async"?: boolean;
        /** @description How many times a failed async run is retried (0 to 5). Only used with `X-Async`. */
        "X-Max-Retries"?: number;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /** @description Name of the action. */
          action_name: string;
          /** @description Input passed to the action, any JSON value matching its input model. */
          input?: unknown;
        };
      };
    };
    responses: {
      /** @description The action's output (synchronous run). */
      200: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
          "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
          "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ActionOutput"];
        };
      };
      /** @description The action was queued (asynchronous run). */
      202: {
        headers: {
          /** @description Path to poll for the result (`/action/{id}`). */
          Location?: string;
          "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
          "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
          "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["AsyncActionResponse"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      /** @description An HTTP call to the provider failed inside the action; `error.upstream` describes it. */
      424: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ActionErrorResponse"];
        };
      };
      429: components["responses"]["TooManyRequests"];
      /** @description The action failed. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ActionErrorResponse"];
        };
      };
    };
  };
  "actions.getResult": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description ID returned by `actions.trigger` with `X-Async`. */
        actionId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The action's output (at most 2 MB). */
      200: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
          "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
          "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ActionOutput"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      /** @description The action has not completed yet, or the ID is unknown (code `not_found`). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ErrorResponse"];
        };
      };
      429: components["responses"]["TooManyRequests"];
      /** @description The action failed. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ActionErrorResponse"];
        };
      };
    };
  };
  "environments.create": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /** @description Lowercase letters, digits, `-` and `_`. The name `prod` is always a production environment. */
          name: string;
          /** @description Mark the environment as production (default `false`, except for `prod`). */
          is_production?: boolean;
          /**
           * Format: uri
           * @description OAuth callback URL of the environment.
           */
          callback_url?: string;
          /** @description HMAC key for the legacy public-key auth flow. */
          hmac_key?: string;
          /** @description Check HMAC signatures in the legacy public-key auth flow. */
          hmac_enabled?: boolean;
          /** @description Send failure notifications to Slack. */
          slack_notifications?: boolean;
          /** @description OpenTelemetry collector endpoint (needs a plan with OpenTelemetry export). */
          otlp_endpoint?: string;
          /** @description Headers sent with OpenTelemetry exports (needs a plan with OpenTelemetry export). */
          otlp_headers?: {
            name: string;
            value: string;
          }[];
        };
      };
    };
    responses: {
      /** @description The created environment. */
      200: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
          "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
          "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            data: {
              /** @description Numeric environment ID, used by the other account-level operations. */
              id: number;
              /** @description Environment name. */
              name: string;
            };
          };
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      409: components["responses"]["Conflict"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["ServerError"];
    };
  };
  "environments.delete": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Numeric environment ID. */
        environmentId: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The environment was deleted. */
      204: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
          "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
          "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["ServerError"];
    };
  };
  "apiKeys.create": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /** @description Numeric ID of the environment the key belongs to. */
          environment_id: number;
          /** @description Key name, unique within the environment. */
          display_name: string;
        };
      };
    };
    responses: {
      /** @description The created key, with its secret. */
      200: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
          "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
          "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            data: {
              /** @description Numeric key ID, used to delete the key. */
              id: number;
              /** @description Key name. */
              display_name: string;
              /** @description Scopes of the key (always `environment:*`). */
              scopes: string[];
              /** @description The secret key. Store it now; it cannot be read again. */
              secret: string;
              /**
               * Format: date-time
               * @description Creation time.
               */
              created_at: string;
            };
          };
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      409: components["responses"]["Conflict"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["ServerError"];
    };
  };
  "apiKeys.delete": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /** @description Numeric ID of the environment that owns the key. */
          environment_id: number;
          /** @description Numeric key ID returned by `apiKeys.create`. */
          key_id: number;
        };
      };
    };
    responses: {
      /** @description The key was deleted. */
      200: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
          "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
          "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["SuccessResponse"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["ServerError"];
    };
  };
  "environmentVariables.list": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The environment variables. */
      200: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
          "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
          "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** @description Variable name. */
            name: string;
            /** @description Variable value. */
            value: string;
          }[];
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["ServerError"];
    };
  };
  "webhookSigningKey.rotate": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The new signing key. */
      200: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
          "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
          "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            data: {
              /** @description The new key, used to verify `X-Nango-Hmac-Sha256`. */
              webhook_signing_key: string;
            };
          };
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      409: components["responses"]["Conflict"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["ServerError"];
    };
  };
  "proxy.get": {
    parameters: {
      query?: {
        /** @description Query parameters forwarded to the upstream API as they are; an array value becomes a repeated key. */
        query?: components["parameters"]["ProxyQuery"];
      };
      header: {
        /** @description ID of the connection, as chosen when it was created. */
        "Connection-Id": components["parameters"]["ConnectionIdHeader"];
        /** @description Integration ID (unique key) the connection was created for. */
        "Provider-Config-Key": components["parameters"]["ProviderConfigKeyHeader"];
        /** @description Number of retries, with exponential back-off, on network errors, 5xx and 429 (default 0). */
        Retries?: components["parameters"]["ProxyRetries"];
        /** @description Comma-separated extra status codes to retry on, e.g. `404,409`. */
        "Retry-On"?: components["parameters"]["ProxyRetryOn"];
        /** @description Base URL to use instead of the provider's (a URL, or empty). Can be disabled for the environment. */
        "Base-Url-Override"?: components["parameters"]["ProxyBaseUrlOverride"];
        /** @description Decompress the upstream response before returning it (default `false`). */
        Decompress?: components["parameters"]["ProxyDecompress"];
        /** @description Keep forwarding the request headers when the upstream API redirects. */
        "Forward-Headers-On-Redirect"?: components["parameters"]["ProxyForwardHeadersOnRedirect"];
      };
      path: {
        /**
         * @description Raw path of the upstream endpoint, appended to the provider's base URL. Its slashes are kept as
         *     they are (not percent-encoded), e.g. `repos/octo/hello/issues`.
         */
        path: components["parameters"]["ProxyPath"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The upstream response, passed through unchanged. */
      200: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
          "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
          "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
          [name: string]: unknown;
        };
        content: {
          "*/*": unknown;
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["ServerError"];
      /**
       * @description Any other upstream status, passed through unchanged. A 4xx or 5xx from the upstream API keeps the
       *     upstream body, so it does not necessarily follow `ErrorResponse`.
       */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "*/*": unknown;
        };
      };
    };
  };
  "proxy.put": {
    parameters: {
      query?: {
        /** @description Query parameters forwarded to the upstream API as they are; an array value becomes a repeated key. */
        query?: components["parameters"]["ProxyQuery"];
      };
      header: {
        /** @description ID of the connection, as chosen when it was created. */
        "Connection-Id": components["parameters"]["ConnectionIdHeader"];
        /** @description Integration ID (unique key) the connection was created for. */
        "Provider-Config-Key": components["parameters"]["ProviderConfigKeyHeader"];
        /** @description Number of retries, with exponential back-off, on network errors, 5xx and 429 (default 0). */
        Retries?: components["parameters"]["ProxyRetries"];
        /** @description Comma-separated extra status codes to retry on, e.g. `404,409`. */
        "Retry-On"?: components["parameters"]["ProxyRetryOn"];
        /** @description Base URL to use instead of the provider's (a URL, or empty). Can be disabled for the environment. */
        "Base-Url-Override"?: components["parameters"]["ProxyBaseUrlOverride"];
        /** @description Decompress the upstream response before returning it (default `false`). */
        Decompress?: components["parameters"]["ProxyDecompress"];
        /** @description Keep forwarding the request headers when the upstream API redirects. */
        "Forward-Headers-On-Redirect"?: components["parameters"]["ProxyForwardHeadersOnRedirect"];
      };
      path: {
        /**
         * @description Raw path of the upstream endpoint, appended to the provider's base URL. Its slashes are kept as
         *     they are (not percent-encoded), e.g. `repos/octo/hello/issues`.
         */
        path: components["parameters"]["ProxyPath"];
      };
      cookie?: never;
    };
    requestBody?: components["requestBodies"]["ProxyBody"];
    responses: {
      /** @description The upstream response, passed through unchanged. */
      200: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
          "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
          "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
          [name: string]: unknown;
        };
        content: {
          "*/*": unknown;
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["ServerError"];
      /**
       * @description Any other upstream status, passed through unchanged. A 4xx or 5xx from the upstream API keeps the
       *     upstream body, so it does not necessarily follow `ErrorResponse`.
       */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "*/*": unknown;
        };
      };
    };
  };
  "proxy.post": {
    parameters: {
      query?: {
        /** @description Query parameters forwarded to the upstream API as they are; an array value becomes a repeated key. */
        query?: components["parameters"]["ProxyQuery"];
      };
      header: {
        /** @description ID of the connection, as chosen when it was created. */
        "Connection-Id": components["parameters"]["ConnectionIdHeader"];
        /** @description Integration ID (unique key) the connection was created for. */
        "Provider-Config-Key": components["parameters"]["ProviderConfigKeyHeader"];
        /** @description Number of retries, with exponential back-off, on network errors, 5xx and 429 (default 0). */
        Retries?: components["parameters"]["ProxyRetries"];
        /** @description Comma-separated extra status codes to retry on, e.g. `404,409`. */
        "Retry-On"?: components["parameters"]["ProxyRetryOn"];
        /** @description Base URL to use instead of the provider's (a URL, or empty). Can be disabled for the environment. */
        "Base-Url-Override"?: components["parameters"]["ProxyBaseUrlOverride"];
        /** @description Decompress the upstream response before returning it (default `false`). */
        Decompress?: components["parameters"]["ProxyDecompress"];
        /** @description Keep forwarding the request headers when the upstream API redirects. */
        "Forward-Headers-On-Redirect"?: components["parameters"]["ProxyForwardHeadersOnRedirect"];
      };
      path: {
        /**
         * @description Raw path of the upstream endpoint, appended to the provider's base URL. Its slashes are kept as
         *     they are (not percent-encoded), e.g. `repos/octo/hello/issues`.
         */
        path: components["parameters"]["ProxyPath"];
      };
      cookie?: never;
    };
    requestBody?: components["requestBodies"]["ProxyBody"];
    responses: {
      /** @description The upstream response, passed through unchanged. */
      200: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
          "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
          "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
          [name: string]: unknown;
        };
        content: {
          "*/*": unknown;
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["ServerError"];
      /**
       * @description Any other upstream status, passed through unchanged. A 4xx or 5xx from the upstream API keeps the
       *     upstream body, so it does not necessarily follow `ErrorResponse`.
       */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "*/*": unknown;
        };
      };
    };
  };
  "proxy.delete": {
    parameters: {
      query?: {
        /** @description Query parameters forwarded to the upstream API as they are; an array value becomes a repeated key. */
        query?: components["parameters"]["ProxyQuery"];
      };
      header: {
        /** @description ID of the connection, as chosen when it was created. */
        "Connection-Id": components["parameters"]["ConnectionIdHeader"];
        /** @description Integration ID (unique key) the connection was created for. */
        "Provider-Config-Key": components["parameters"]["ProviderConfigKeyHeader"];
        /** @description Number of retries, with exponential back-off, on network errors, 5xx and 429 (default 0). */
        Retries?: components["parameters"]["ProxyRetries"];
        /** @description Comma-separated extra status codes to retry on, e.g. `404,409`. */
        "Retry-On"?: components["parameters"]["ProxyRetryOn"];
        /** @description Base URL to use instead of the provider's (a URL, or empty). Can be disabled for the environment. */
        "Base-Url-Override"?: components["parameters"]["ProxyBaseUrlOverride"];
        /** @description Decompress the upstream response before returning it (default `false`). */
        Decompress?: components["parameters"]["ProxyDecompress"];
        /** @description Keep forwarding the request headers when the upstream API redirects. */
        "Forward-Headers-On-Redirect"?: components["parameters"]["ProxyForwardHeadersOnRedirect"];
      };
      path: {
        /**
         * @description Raw path of the upstream endpoint, appended to the provider's base URL. Its slashes are kept as
         *     they are (not percent-encoded), e.g. `repos/octo/hello/issues`.
         */
        path: components["parameters"]["ProxyPath"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The upstream response, passed through unchanged. */
      200: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
          "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
          "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
          [name: string]: unknown;
        };
        content: {
          "*/*": unknown;
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["ServerError"];
      /**
       * @description Any other upstream status, passed through unchanged. A 4xx or 5xx from the upstream API keeps the
       *     upstream body, so it does not necessarily follow `ErrorResponse`.
       */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "*/*": unknown;
        };
      };
    };
  };
  "proxy.patch": {
    parameters: {
      query?: {
        /** @description Query parameters forwarded to the upstream API as they are; an array value becomes a repeated key. */
        query?: components["parameters"]["ProxyQuery"];
      };
      header: {
        /** @description ID of the connection, as chosen when it was created. */
        "Connection-Id": components["parameters"]["ConnectionIdHeader"];
        /** @description Integration ID (unique key) the connection was created for. */
        "Provider-Config-Key": components["parameters"]["ProviderConfigKeyHeader"];
        /** @description Number of retries, with exponential back-off, on network errors, 5xx and 429 (default 0). */
        Retries?: components["parameters"]["ProxyRetries"];
        /** @description Comma-separated extra status codes to retry on, e.g. `404,409`. */
        "Retry-On"?: components["parameters"]["ProxyRetryOn"];
        /** @description Base URL to use instead of the provider's (a URL, or empty). Can be disabled for the environment. */
        "Base-Url-Override"?: components["parameters"]["ProxyBaseUrlOverride"];
        /** @description Decompress the upstream response before returning it (default `false`). */
        Decompress?: components["parameters"]["ProxyDecompress"];
        /** @description Keep forwarding the request headers when the upstream API redirects. */
        "Forward-Headers-On-Redirect"?: components["parameters"]["ProxyForwardHeadersOnRedirect"];
      };
      path: {
        /**
         * @description Raw path of the upstream endpoint, appended to the provider's base URL. Its slashes are kept as
         *     they are (not percent-encoded), e.g. `repos/octo/hello/issues`.
         */
        path: components["parameters"]["ProxyPath"];
      };
      cookie?: never;
    };
    requestBody?: components["requestBodies"]["ProxyBody"];
    responses: {
      /** @description The upstream response, passed through unchanged. */
      200: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
          "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
          "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
          [name: string]: unknown;
        };
        content: {
          "*/*": unknown;
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["ServerError"];
      /**
       * @description Any other upstream status, passed through unchanged. A 4xx or 5xx from the upstream API keeps the
       *     upstream body, so it does not necessarily follow `ErrorResponse`.
       */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "*/*": unknown;
        };
      };
    };
  };
  "connectSessions.create": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["ConnectSessionInput"];
      };
    };
    responses: {
      /** @description The session. */
      201: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
          "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
          "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            data: components["schemas"]["ConnectSession"];
          };
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["ServerError"];
    };
  };
  "connectSessions.reconnect": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["ConnectSessionReconnectInput"];
      };
    };
    responses: {
      /** @description The session. */
      201: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
          "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
          "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            data: components["schemas"]["ConnectSession"];
          };
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["ServerError"];
    };
  };
  "connectSessions.get": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The session. */
      200: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
          "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
          "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            data: components["schemas"]["ConnectSessionDetails"];
          };
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["ServerError"];
    };
  };
  "connectSessions.delete": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The session was deleted. */
      204: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
          "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
          "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["ServerError"];
    };
  };
}
