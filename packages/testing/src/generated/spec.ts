/* eslint-disable */
// This file is generated from specs/nango.openapi.yaml. DO NOT EDIT: run `pnpm generate` to regenerate it.

/** The sha256 of specs/nango.openapi.yaml that `spec` was built from. */
export const specSha256 = 'bc0df3cbb12d50165e69e12df46c986b995f59218fee4817eaf75d69f7c45141';

/** The Nango OpenAPI document as plain data. */
export const spec: Record<string, unknown> = {
  "openapi": "3.1.0",
  "info": {
    "title": "Nango API",
    "version": "1.0.0",
    "summary": "Public HTTP API of Nango, as the Nango SDK packages call it.",
    "description": "The public HTTP API of Nango: providers, integrations and their functions, connections and their\nmetadata, synced records, syncs, actions, environments, API keys, the proxy and connect sessions.\n\nAuthentication is a bearer token. Almost every operation takes an environment secret key; the\nenvironment and API-key operations take an account secret key; `GET`/`DELETE /connect/session`\ntake a connect-session token; a few read operations used by the Connect UI take either.\n\nEvery error answer (4xx and 5xx) carries the envelope `{ \"error\": { \"code\": \"...\", ... } }`\ndescribed by `ErrorResponse`. Every response carries `X-RateLimit-*` headers, and a `429`\nanswer adds `Retry-After` (seconds).\n\nThe `x-nango-*` extensions drive the SDK generator; see `specs/README.md`.\n",
    "license": {
      "name": "MIT",
      "identifier": "MIT"
    }
  },
  "externalDocs": {
    "description": "Nango HTTP API authentication guide.",
    "url": "https://nango.dev/docs/reference/backend/http-api/authentication"
  },
  "servers": [
    {
      "url": "https://api.nango.dev",
      "description": "Nango Cloud."
    },
    {
      "url": "http://localhost:3003",
      "description": "A self-hosted Nango server running locally."
    }
  ],
  "security": [
    {
      "secretKey": []
    }
  ],
  "tags": [
    {
      "name": "providers",
      "description": "The catalog of API providers Nango supports."
    },
    {
      "name": "integrations",
      "description": "Integrations configured in an environment (one per provider app)."
    },
    {
      "name": "functions",
      "description": "Syncs, actions and on-event functions deployed to integrations, plus compilation, dry runs and deployments."
    },
    {
      "name": "legacyConnections",
      "description": "Deprecated singular `/connection` routes, kept for old clients. Use `connections` instead."
    },
    {
      "name": "connections",
      "description": "Connections (one set of end-user credentials for one integration) and their metadata."
    },
    {
      "name": "records",
      "description": "Records stored by syncs."
    },
    {
      "name": "syncs",
      "description": "Starting, pausing, triggering and tuning syncs and their variants."
    },
    {
      "name": "actions",
      "description": "Running actions synchronously or asynchronously and fetching async results."
    },
    {
      "name": "environments",
      "description": "Environments of an account (account secret key)."
    },
    {
      "name": "apiKeys",
      "description": "Environment API keys managed with an account secret key."
    },
    {
      "name": "environmentVariables",
      "description": "Environment variables set in the Nango dashboard."
    },
    {
      "name": "webhookSigningKey",
      "description": "The key Nango uses to sign the webhooks it sends."
    },
    {
      "name": "proxy",
      "description": "Authenticated pass-through requests to the provider API of a connection."
    },
    {
      "name": "connectSessions",
      "description": "Short-lived sessions that let an end user create or repair a connection through Connect UI."
    }
  ],
  "paths": {
    "/providers": {
      "get": {
        "operationId": "providers.list",
        "tags": [
          "providers"
        ],
        "summary": "List the providers Nango supports.",
        "description": "Returns the whole provider catalog, optionally filtered by name. Accepts an environment secret key\nor a connect-session token. Any query key other than `search` is rejected with `400`.\n",
        "security": [
          {
            "secretKey": []
          },
          {
            "connectSessionToken": []
          }
        ],
        "parameters": [
          {
            "name": "search",
            "in": "query",
            "required": false,
            "description": "Case-insensitive regular expression matched against the provider name.",
            "schema": {
              "type": "string"
            }
          },
          {
            "$ref": "#/components/parameters/AcceptLanguage"
          }
        ],
        "responses": {
          "200": {
            "description": "The matching providers.",
            "headers": {
              "X-RateLimit-Limit": {
                "$ref": "#/components/headers/X-RateLimit-Limit"
              },
              "X-RateLimit-Remaining": {
                "$ref": "#/components/headers/X-RateLimit-Remaining"
              },
              "X-RateLimit-Reset": {
                "$ref": "#/components/headers/X-RateLimit-Reset"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "required": [
                    "data"
                  ],
                  "properties": {
                    "data": {
                      "type": "array",
                      "items": {
                        "$ref": "#/components/schemas/Provider"
                      }
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/providers/{provider}": {
      "get": {
        "operationId": "providers.get",
        "tags": [
          "providers"
        ],
        "summary": "Get one provider from the catalog.",
        "description": "Accepts an environment secret key or a connect-session token.",
        "security": [
          {
            "secretKey": []
          },
          {
            "connectSessionToken": []
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/ProviderPath"
          },
          {
            "$ref": "#/components/parameters/AcceptLanguage"
          }
        ],
        "responses": {
          "200": {
            "description": "The provider.",
            "headers": {
              "X-RateLimit-Limit": {
                "$ref": "#/components/headers/X-RateLimit-Limit"
              },
              "X-RateLimit-Remaining": {
                "$ref": "#/components/headers/X-RateLimit-Remaining"
              },
              "X-RateLimit-Reset": {
                "$ref": "#/components/headers/X-RateLimit-Reset"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "required": [
                    "data"
                  ],
                  "properties": {
                    "data": {
                      "$ref": "#/components/schemas/Provider"
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/providers/{provider}/templates": {
      "get": {
        "operationId": "providers.listTemplates",
        "tags": [
          "providers"
        ],
        "summary": "List the catalog template functions of a provider.",
        "description": "Returns the sync and action templates that can be deployed with `functions.createDeployment`\n(`type: template`). Needs an environment secret key; no particular scope.\n",
        "parameters": [
          {
            "$ref": "#/components/parameters/ProviderPath"
          }
        ],
        "responses": {
          "200": {
            "description": "The provider's template functions.",
            "headers": {
              "X-RateLimit-Limit": {
                "$ref": "#/components/headers/X-RateLimit-Limit"
              },
              "X-RateLimit-Remaining": {
                "$ref": "#/components/headers/X-RateLimit-Remaining"
              },
              "X-RateLimit-Reset": {
                "$ref": "#/components/headers/X-RateLimit-Reset"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "required": [
                    "data"
                  ],
                  "properties": {
                    "data": {
                      "type": "array",
                      "items": {
                        "$ref": "#/components/schemas/ProviderTemplateFunction"
                      }
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/integrations": {
      "get": {
        "operationId": "integrations.list",
        "tags": [
          "integrations"
        ],
        "summary": "List the integrations of the environment.",
        "description": "Accepts an environment secret key (scope `environment:integrations:list`) or a\nconnect-session token.\n",
        "security": [
          {
            "secretKey": []
          },
          {
            "connectSessionToken": []
          }
        ],
        "responses": {
          "200": {
            "description": "The integrations.",
            "headers": {
              "X-RateLimit-Limit": {
                "$ref": "#/components/headers/X-RateLimit-Limit"
              },
              "X-RateLimit-Remaining": {
                "$ref": "#/components/headers/X-RateLimit-Remaining"
              },
              "X-RateLimit-Reset": {
                "$ref": "#/components/headers/X-RateLimit-Reset"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "required": [
                    "data"
                  ],
                  "properties": {
                    "data": {
                      "type": "array",
                      "items": {
                        "$ref": "#/components/schemas/Integration"
                      }
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      },
      "post": {
        "operationId": "integrations.create",
        "tags": [
          "integrations"
        ],
        "summary": "Create an integration.",
        "description": "Needs an environment secret key with scope `environment:integrations:create`.",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "type": "object",
                "additionalProperties": false,
                "required": [
                  "unique_key",
                  "provider"
                ],
                "properties": {
                  "unique_key": {
                    "type": "string",
                    "description": "Integration ID of your choice; other calls refer to the integration by it."
                  },
                  "provider": {
                    "type": "string",
                    "description": "Provider name from the catalog, e.g. `github`."
                  },
                  "display_name": {
                    "type": "string",
                    "description": "Name shown in the dashboard and Connect UI."
                  },
                  "forward_webhooks": {
                    "type": "boolean",
                    "description": "Forward webhooks received from the provider to your webhook URL. Defaults to `true`."
                  },
                  "credentials": {
                    "$ref": "#/components/schemas/IntegrationCredentials"
                  },
                  "integration_config": {
                    "$ref": "#/components/schemas/IntegrationConfig"
                  },
                  "custom": {
                    "$ref": "#/components/schemas/IntegrationCustomConfig"
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The created integration.",
            "headers": {
              "X-RateLimit-Limit": {
                "$ref": "#/components/headers/X-RateLimit-Limit"
              },
              "X-RateLimit-Remaining": {
                "$ref": "#/components/headers/X-RateLimit-Remaining"
              },
              "X-RateLimit-Reset": {
                "$ref": "#/components/headers/X-RateLimit-Reset"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "required": [
                    "data"
                  ],
                  "properties": {
                    "data": {
                      "$ref": "#/components/schemas/Integration"
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/integrations/quickstart": {
      "post": {
        "operationId": "integrations.createQuickstart",
        "tags": [
          "integrations"
        ],
        "summary": "Create an integration that uses a Nango-provided developer app.",
        "description": "For providers that need a developer app, Nango supplies its own app so no OAuth client has to be\nregistered. Returns the single created integration. Needs an environment secret key with scope\n`environment:integrations:create`.\n",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "type": "object",
                "additionalProperties": false,
                "required": [
                  "unique_key",
                  "provider"
                ],
                "properties": {
                  "unique_key": {
                    "type": "string",
                    "description": "Integration ID of your choice."
                  },
                  "provider": {
                    "type": "string",
                    "description": "Provider name from the catalog."
                  },
                  "display_name": {
                    "type": "string",
                    "description": "Name shown in the dashboard and Connect UI."
                  },
                  "forward_webhooks": {
                    "type": "boolean",
                    "description": "Forward webhooks received from the provider to your webhook URL."
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The created integration.",
            "headers": {
              "X-RateLimit-Limit": {
                "$ref": "#/components/headers/X-RateLimit-Limit"
              },
              "X-RateLimit-Remaining": {
                "$ref": "#/components/headers/X-RateLimit-Remaining"
              },
              "X-RateLimit-Reset": {
                "$ref": "#/components/headers/X-RateLimit-Reset"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "required": [
                    "data"
                  ],
                  "properties": {
                    "data": {
                      "$ref": "#/components/schemas/Integration"
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/integrations/{uniqueKey}": {
      "get": {
        "operationId": "integrations.get",
        "tags": [
          "integrations"
        ],
        "summary": "Get an integration.",
        "description": "Needs an environment secret key with scope `environment:integrations:read`; asking for\n`credentials` also needs `environment:integrations:read_credentials`. Using `include` with\nanything other than a secret key answers `403 invalid_permissions`.\n",
        "parameters": [
          {
            "$ref": "#/components/parameters/UniqueKeyPath"
          },
          {
            "name": "include",
            "in": "query",
            "required": false,
            "description": "Sensitive extras to add to the answer. Sent as a repeated key (`include=webhook&include=credentials`).",
            "style": "form",
            "explode": true,
            "schema": {
              "type": "array",
              "items": {
                "type": "string",
                "enum": [
                  "webhook",
                  "credentials"
                ]
              }
            }
          }
        ],
        "responses": {
          "200": {
            "description": "The integration.",
            "headers": {
              "X-RateLimit-Limit": {
                "$ref": "#/components/headers/X-RateLimit-Limit"
              },
              "X-RateLimit-Remaining": {
                "$ref": "#/components/headers/X-RateLimit-Remaining"
              },
              "X-RateLimit-Reset": {
                "$ref": "#/components/headers/X-RateLimit-Reset"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "required": [
                    "data"
                  ],
                  "properties": {
                    "data": {
                      "$ref": "#/components/schemas/IntegrationFull"
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      },
      "patch": {
        "operationId": "integrations.update",
        "tags": [
          "integrations"
        ],
        "summary": "Update an integration.",
        "description": "Only the fields sent are changed. Needs an environment secret key with scope\n`environment:integrations:update`.\n",
        "parameters": [
          {
            "$ref": "#/components/parameters/UniqueKeyPath"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "type": "object",
                "additionalProperties": false,
                "properties": {
                  "unique_key": {
                    "type": "string",
                    "description": "New integration ID."
                  },
                  "display_name": {
                    "type": "string",
                    "description": "New display name."
                  },
                  "forward_webhooks": {
                    "type": "boolean",
                    "description": "Forward webhooks received from the provider to your webhook URL."
                  },
                  "credentials": {
                    "$ref": "#/components/schemas/IntegrationCredentials"
                  },
                  "integration_config": {
                    "$ref": "#/components/schemas/IntegrationConfig"
                  },
                  "custom": {
                    "$ref": "#/components/schemas/IntegrationCustomConfig"
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The updated integration.",
            "headers": {
              "X-RateLimit-Limit": {
                "$ref": "#/components/headers/X-RateLimit-Limit"
              },
              "X-RateLimit-Remaining": {
                "$ref": "#/components/headers/X-RateLimit-Remaining"
              },
              "X-RateLimit-Reset": {
                "$ref": "#/components/headers/X-RateLimit-Reset"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "required": [
                    "data"
                  ],
                  "properties": {
                    "data": {
                      "$ref": "#/components/schemas/Integration"
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      },
      "delete": {
        "operationId": "integrations.delete",
        "tags": [
          "integrations"
        ],
        "summary": "Delete an integration and its connections.",
        "description": "Needs an environment secret key with scope `environment:integrations:delete`.",
        "parameters": [
          {
            "$ref": "#/components/parameters/UniqueKeyPath"
          }
        ],
        "responses": {
          "200": {
            "description": "The integration was deleted.",
            "headers": {
              "X-RateLimit-Limit": {
                "$ref": "#/components/headers/X-RateLimit-Limit"
              },
              "X-RateLimit-Remaining": {
                "$ref": "#/components/headers/X-RateLimit-Remaining"
              },
              "X-RateLimit-Reset": {
                "$ref": "#/components/headers/X-RateLimit-Reset"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/SuccessResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/integrations/{uniqueKey}/functions": {
      "get": {
        "operationId": "functions.list",
        "tags": [
          "functions"
        ],
        "summary": "List the functions deployed to an integration.",
        "description": "Paginated with `page` (0-based) and `limit`; the answer gives the total count. Needs an\nenvironment secret key with scope `environment:functions:list`.\n",
        "x-nango-pagination": {
          "style": "total",
          "items": "data",
          "pageParam": "page",
          "limitParam": "limit",
          "total": "pagination.total"
        },
        "parameters": [
          {
            "$ref": "#/components/parameters/UniqueKeyPath"
          },
          {
            "name": "type",
            "in": "query",
            "required": false,
            "description": "Only return functions of this type.",
            "schema": {
              "$ref": "#/components/schemas/FunctionType"
            }
          },
          {
            "name": "search",
            "in": "query",
            "required": false,
            "description": "Case-insensitive filter on the function name.",
            "schema": {
              "type": "string",
              "minLength": 1,
              "maxLength": 255
            }
          },
          {
            "name": "page",
            "in": "query",
            "required": false,
            "description": "Page number, starting at 0.",
            "schema": {
              "type": "integer",
              "minimum": 0,
              "default": 0
            }
          },
          {
            "name": "limit",
            "in": "query",
            "required": false,
            "description": "Page size.",
            "schema": {
              "type": "integer",
              "minimum": 1,
              "maximum": 100,
              "default": 20
            }
          }
        ],
        "responses": {
          "200": {
            "description": "One page of functions.",
            "headers": {
              "X-RateLimit-Limit": {
                "$ref": "#/components/headers/X-RateLimit-Limit"
              },
              "X-RateLimit-Remaining": {
                "$ref": "#/components/headers/X-RateLimit-Remaining"
              },
              "X-RateLimit-Reset": {
                "$ref": "#/components/headers/X-RateLimit-Reset"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "required": [
                    "data",
                    "pagination"
                  ],
                  "properties": {
                    "data": {
                      "type": "array",
                      "items": {
                        "$ref": "#/components/schemas/DeployedNangoFunction"
                      }
                    },
                    "pagination": {
                      "type": "object",
                      "required": [
                        "total",
                        "page",
                        "limit"
                      ],
                      "properties": {
                        "total": {
                          "type": "integer",
                          "description": "Number of functions matching the filters, over all pages."
                        },
                        "page": {
                          "type": "integer",
                          "description": "The page returned."
                        },
                        "limit": {
                          "type": "integer",
                          "description": "The page size used."
                        }
                      }
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/integrations/{uniqueKey}/functions/{name}": {
      "get": {
        "operationId": "functions.get",
        "tags": [
          "functions"
        ],
        "summary": "Get a function deployed to an integration.",
        "description": "Needs an environment secret key with scope `environment:functions:read`.",
        "parameters": [
          {
            "$ref": "#/components/parameters/UniqueKeyPath"
          },
          {
            "$ref": "#/components/parameters/FunctionNamePath"
          },
          {
            "name": "type",
            "in": "query",
            "required": false,
            "description": "Function type; needed when a sync and an action share the name.",
            "schema": {
              "$ref": "#/components/schemas/FunctionType"
            }
          }
        ],
        "responses": {
          "200": {
            "description": "The function.",
            "headers": {
              "X-RateLimit-Limit": {
                "$ref": "#/components/headers/X-RateLimit-Limit"
              },
              "X-RateLimit-Remaining": {
                "$ref": "#/components/headers/X-RateLimit-Remaining"
              },
              "X-RateLimit-Reset": {
                "$ref": "#/components/headers/X-RateLimit-Reset"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "required": [
                    "data"
                  ],
                  "properties": {
                    "data": {
                      "$ref": "#/components/schemas/DeployedNangoFunction"
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      },
      "delete": {
        "operationId": "functions.delete",
        "tags": [
          "functions"
        ],
        "summary": "Delete a deployed function.",
        "description": "The function is removed at once and torn down in the background. Functions deployed by\n`nango deploy` (repository source) cannot be deleted here (`400 function_managed_by_deploy`).\nNeeds an environment secret key with scope `environment:functions:delete`.\n",
        "parameters": [
          {
            "$ref": "#/components/parameters/UniqueKeyPath"
          },
          {
            "$ref": "#/components/parameters/FunctionNamePath"
          },
          {
            "name": "type",
            "in": "query",
            "required": true,
            "description": "Type of the function to delete. On-event functions cannot be deleted here.",
            "schema": {
              "$ref": "#/components/schemas/RunnableFunctionType"
            }
          }
        ],
        "responses": {
          "200": {
            "description": "The deletion was accepted.",
            "headers": {
              "X-RateLimit-Limit": {
                "$ref": "#/components/headers/X-RateLimit-Limit"
              },
              "X-RateLimit-Remaining": {
                "$ref": "#/components/headers/X-RateLimit-Remaining"
              },
              "X-RateLimit-Reset": {
                "$ref": "#/components/headers/X-RateLimit-Reset"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "required": [
                    "data"
                  ],
                  "properties": {
                    "data": {
                      "$ref": "#/components/schemas/SuccessResponse"
                    }
                  }
                }
              }
            }
          },
          "400": {
            "description": "Invalid request, or the function is managed by `nango deploy` (code `function_managed_by_deploy`).",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ErrorResponse"
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/integrations/{uniqueKey}/functions/{name}/code": {
      "get": {
        "operationId": "functions.getCode",
        "tags": [
          "functions"
        ],
        "summary": "Get the TypeScript source of a deployed function.",
        "description": "The answer is not wrapped in `data`. Needs an environment secret key with scope\n`environment:functions:read`.\n",
        "parameters": [
          {
            "$ref": "#/components/parameters/UniqueKeyPath"
          },
          {
            "$ref": "#/components/parameters/FunctionNamePath"
          },
          {
            "name": "type",
            "in": "query",
            "required": false,
            "description": "Function type; needed when several functions share the name (otherwise `409 ambiguous_function`).",
            "schema": {
              "$ref": "#/components/schemas/FunctionType"
            }
          }
        ],
        "responses": {
          "200": {
            "description": "The function source.",
            "headers": {
              "X-RateLimit-Limit": {
                "$ref": "#/components/headers/X-RateLimit-Limit"
              },
              "X-RateLimit-Remaining": {
                "$ref": "#/components/headers/X-RateLimit-Remaining"
              },
              "X-RateLimit-Reset": {
                "$ref": "#/components/headers/X-RateLimit-Reset"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "required": [
                    "type",
                    "code"
                  ],
                  "properties": {
                    "type": {
                      "$ref": "#/components/schemas/FunctionType"
                    },
                    "code": {
                      "type": "string",
                      "description": "TypeScript source of the function."
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "description": "Several functions share this name; pass `type` (code `ambiguous_function`, candidates in `payload.matches`).",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/AmbiguousFunctionError"
                }
              }
            }
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/scripts/config": {
      "get": {
        "operationId": "functions.getScriptsConfig",
        "tags": [
          "functions"
        ],
        "summary": "Get the configuration of all deployed functions.",
        "description": "With `format=nango` (the default) the answer is an array with one entry per integration. With\n`format=openai` it is `{ data: [...] }`, a list of action definitions in the OpenAI\nfunction-calling format. Needs an environment secret key with scope\n`environment:integrations:list_functions`.\n",
        "parameters": [
          {
            "name": "format",
            "in": "query",
            "required": false,
            "description": "Output format.",
            "schema": {
              "type": "string",
              "enum": [
                "nango",
                "openai"
              ],
              "default": "nango"
            }
          }
        ],
        "responses": {
          "200": {
            "description": "The function configuration, in the requested format.",
            "headers": {
              "X-RateLimit-Limit": {
                "$ref": "#/components/headers/X-RateLimit-Limit"
              },
              "X-RateLimit-Remaining": {
                "$ref": "#/components/headers/X-RateLimit-Remaining"
              },
              "X-RateLimit-Reset": {
                "$ref": "#/components/headers/X-RateLimit-Reset"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "oneOf": [
                    {
                      "type": "array",
                      "title": "NangoFormat",
                      "items": {
                        "$ref": "#/components/schemas/IntegrationScriptsConfig"
                      }
                    },
                    {
                      "type": "object",
                      "title": "OpenAIFormat",
                      "required": [
                        "data"
                      ],
                      "properties": {
                        "data": {
                          "type": "array",
                          "items": {
                            "$ref": "#/components/schemas/OpenAIFunction"
                          }
                        }
                      }
                    }
                  ]
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/functions/compile": {
      "post": {
        "operationId": "functions.compile",
        "tags": [
          "functions"
        ],
        "summary": "Compile function source code into a JavaScript bundle.",
        "description": "Needs an environment secret key with scope `environment:functions:compile`.",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/FunctionCompileRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The compiled bundle.",
            "headers": {
              "X-RateLimit-Limit": {
                "$ref": "#/components/headers/X-RateLimit-Limit"
              },
              "X-RateLimit-Remaining": {
                "$ref": "#/components/headers/X-RateLimit-Remaining"
              },
              "X-RateLimit-Reset": {
                "$ref": "#/components/headers/X-RateLimit-Reset"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/FunctionCompileResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/ServerError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          },
          "504": {
            "$ref": "#/components/responses/GatewayTimeout"
          }
        }
      }
    },
    "/functions/dryruns": {
      "post": {
        "operationId": "functions.createDryrun",
        "tags": [
          "functions"
        ],
        "summary": "Start a dry run of function source code against a connection.",
        "description": "Nothing is deployed. The run is asynchronous: poll `functions.getDryrun` until `status` is\n`success` or `failed`. Needs an environment secret key with scope `environment:functions:dryrun`.\n",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/FunctionDryrunRequest"
              }
            }
          }
        },
        "responses": {
          "202": {
            "description": "The dry run was queued.",
            "headers": {
              "X-RateLimit-Limit": {
                "$ref": "#/components/headers/X-RateLimit-Limit"
              },
              "X-RateLimit-Remaining": {
                "$ref": "#/components/headers/X-RateLimit-Remaining"
              },
              "X-RateLimit-Reset": {
                "$ref": "#/components/headers/X-RateLimit-Reset"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/FunctionDryrunCreateResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/ServerError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          },
          "504": {
            "$ref": "#/components/responses/GatewayTimeout"
          }
        }
      }
    },
    "/functions/dryruns/{id}": {
      "get": {
        "operationId": "functions.getDryrun",
        "tags": [
          "functions"
        ],
        "summary": "Get the status and result of a dry run.",
        "description": "Needs an environment secret key with scope `environment:functions:dryrun`.",
        "parameters": [
          {
            "name": "id",
            "in": "path",
            "required": true,
            "description": "Dry-run ID returned by `functions.createDryrun`.",
            "schema": {
              "type": "string",
              "format": "uuid"
            }
          }
        ],
        "responses": {
          "200": {
            "description": "The dry run.",
            "headers": {
              "X-RateLimit-Limit": {
                "$ref": "#/components/headers/X-RateLimit-Limit"
              },
              "X-RateLimit-Remaining": {
                "$ref": "#/components/headers/X-RateLimit-Remaining"
              },
              "X-RateLimit-Reset": {
                "$ref": "#/components/headers/X-RateLimit-Reset"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/FunctionDryrunResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/functions/deployments": {
      "post": {
        "operationId": "functions.createDeployment",
        "tags": [
          "functions"
        ],
        "summary": "Deploy a function or a catalog template to an integration.",
        "description": "`type: function` deploys the submitted source code; `type: template` deploys a template listed by\n`providers.listTemplates`. If the answer's `status` is not `success`, poll\n`functions.getDeployment`. Needs an environment secret key with scope `environment:deploy`.\n",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/FunctionDeploymentRequest"
              }
            }
          }
        },
        "responses": {
          "202": {
            "description": "The deployment record.",
            "headers": {
              "X-RateLimit-Limit": {
                "$ref": "#/components/headers/X-RateLimit-Limit"
              },
              "X-RateLimit-Remaining": {
                "$ref": "#/components/headers/X-RateLimit-Remaining"
              },
              "X-RateLimit-Reset": {
                "$ref": "#/components/headers/X-RateLimit-Reset"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/FunctionDeploymentResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "description": "The template is already deployed (`template_already_deployed`), or the template name needs a `function_type` (`ambiguous_function`).",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ErrorResponse"
                }
              }
            }
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/ServerError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          },
          "504": {
            "$ref": "#/components/responses/GatewayTimeout"
          }
        }
      }
    },
    "/functions/deployments/{id}": {
      "get": {
        "operationId": "functions.getDeployment",
        "tags": [
          "functions"
        ],
        "summary": "Get the status and result of a deployment.",
        "description": "Needs an environment secret key with scope `environment:deploy`.",
        "parameters": [
          {
            "name": "id",
            "in": "path",
            "required": true,
            "description": "Deployment ID returned by `functions.createDeployment`.",
            "schema": {
              "type": "string",
              "format": "uuid"
            }
          }
        ],
        "responses": {
          "200": {
            "description": "The deployment.",
            "headers": {
              "X-RateLimit-Limit": {
                "$ref": "#/components/headers/X-RateLimit-Limit"
              },
              "X-RateLimit-Remaining": {
                "$ref": "#/components/headers/X-RateLimit-Remaining"
              },
              "X-RateLimit-Reset": {
                "$ref": "#/components/headers/X-RateLimit-Reset"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/FunctionDeploymentResultResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/connection": {
      "get": {
        "operationId": "legacyConnections.list",
        "tags": [
          "legacyConnections"
        ],
        "summary": "List connections through the deprecated singular route.",
        "description": "Same answer as `connections.list`, without credentials. Use `connections.list` instead.",
        "deprecated": true,
        "x-nango-replaced-by": "connections.list",
        "parameters": [
          {
            "$ref": "#/components/parameters/ConnectionIdFilter"
          },
          {
            "$ref": "#/components/parameters/ConnectionSearch"
          },
          {
            "$ref": "#/components/parameters/EndUserIdFilter"
          },
          {
            "$ref": "#/components/parameters/EndUserOrganizationIdFilter"
          },
          {
            "$ref": "#/components/parameters/TagsFilter"
          },
          {
            "name": "limit",
            "in": "query",
            "required": false,
            "description": "Maximum number of connections to return.",
            "schema": {
              "type": "integer"
            }
          },
          {
            "name": "page",
            "in": "query",
            "required": false,
            "description": "Page number, starting at 0.",
            "schema": {
              "type": "integer"
            }
          }
        ],
        "responses": {
          "200": {
            "description": "The connections.",
            "headers": {
              "X-RateLimit-Limit": {
                "$ref": "#/components/headers/X-RateLimit-Limit"
              },
              "X-RateLimit-Remaining": {
                "$ref": "#/components/headers/X-RateLimit-Remaining"
              },
              "X-RateLimit-Reset": {
                "$ref": "#/components/headers/X-RateLimit-Reset"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ConnectionList"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      },
      "post": {
        "operationId": "legacyConnections.create",
        "tags": [
          "legacyConnections"
        ],
        "summary": "Import a connection through the deprecated singular route.",
        "description": "Takes the credentials as flat fields. Use `connections.create`, which takes a typed\n`credentials` object, instead.\n",
        "deprecated": true,
        "x-nango-replaced-by": "connections.create",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "type": "object",
                "required": [
                  "provider_config_key"
                ],
                "properties": {
                  "connection_id": {
                    "type": "string",
                    "description": "Connection ID to create."
                  },
                  "provider_config_key": {
                    "type": "string",
                    "description": "Integration ID (unique key) the connection belongs to."
                  },
                  "access_token": {
                    "type": "string",
                    "description": "OAuth 2 access token (required for OAuth 2)."
                  },
                  "refresh_token": {
                    "type": "string",
                    "description": "OAuth 2 refresh token, if you have one."
                  },
                  "expires_at": {
                    "type": "string",
                    "format": "date",
                    "description": "OAuth 2 expiry date of the access token (preferred over `expires_in`)."
                  },
                  "expires_in": {
                    "type": "integer",
                    "description": "OAuth 2 lifetime of the access token, in seconds."
                  },
                  "no_expiration": {
                    "type": "boolean",
                    "description": "OAuth 2; set to `true` when the provider's tokens never expire."
                  },
                  "oauth_client_id_override": {
                    "type": "string",
                    "description": "OAuth 2 client ID to use instead of the integration's."
                  },
                  "oauth_client_secret_override": {
                    "type": "string",
                    "description": "OAuth 2 client secret to use instead of the integration's."
                  },
                  "oauth_token": {
                    "type": "string",
                    "description": "OAuth 1 token (required for OAuth 1)."
                  },
                  "oauth_token_secret": {
                    "type": "string",
                    "description": "OAuth 1 token secret (required for OAuth 1)."
                  },
                  "metadata": {
                    "type": "object",
                    "additionalProperties": true,
                    "description": "Metadata to store on the connection."
                  },
                  "connection_config": {
                    "type": "object",
                    "additionalProperties": true,
                    "description": "Provider-specific connection configuration (needed by some providers)."
                  },
                  "username": {
                    "type": "string",
                    "description": "Basic auth user name."
                  },
                  "password": {
                    "type": "string",
                    "description": "Basic auth password."
                  },
                  "api_key": {
                    "type": "string",
                    "description": "API key (required for API-key providers)."
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The connection was imported.",
            "headers": {
              "X-RateLimit-Limit": {
                "$ref": "#/components/headers/X-RateLimit-Limit"
              },
              "X-RateLimit-Remaining": {
                "$ref": "#/components/headers/X-RateLimit-Remaining"
              },
              "X-RateLimit-Reset": {
                "$ref": "#/components/headers/X-RateLimit-Reset"
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/connection/{connectionId}": {
      "get": {
        "operationId": "legacyConnections.get",
        "tags": [
          "legacyConnections"
        ],
        "summary": "Get a connection through the deprecated singular route.",
        "description": "Use `connections.get` instead.",
        "deprecated": true,
        "x-nango-replaced-by": "connections.get",
        "parameters": [
          {
            "$ref": "#/components/parameters/ConnectionIdPath"
          },
          {
            "$ref": "#/components/parameters/ProviderConfigKeyQuery"
          },
          {
            "$ref": "#/components/parameters/ForceRefresh"
          },
          {
            "$ref": "#/components/parameters/RefreshToken"
          }
        ],
        "responses": {
          "200": {
            "description": "The connection.",
            "headers": {
              "X-RateLimit-Limit": {
                "$ref": "#/components/headers/X-RateLimit-Limit"
              },
              "X-RateLimit-Remaining": {
                "$ref": "#/components/headers/X-RateLimit-Remaining"
              },
              "X-RateLimit-Reset": {
                "$ref": "#/components/headers/X-RateLimit-Reset"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ConnectionFull"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "424": {
            "$ref": "#/components/responses/FailedDependency"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      },
      "delete": {
        "operationId": "legacyConnections.delete",
        "tags": [
          "legacyConnections"
        ],
        "summary": "Delete a connection through the deprecated singular route.",
        "description": "Use `connections.delete` instead.",
        "deprecated": true,
        "x-nango-replaced-by": "connections.delete",
        "parameters": [
          {
            "$ref": "#/components/parameters/ConnectionIdPath"
          },
          {
            "$ref": "#/components/parameters/ProviderConfigKeyQuery"
          }
        ],
        "responses": {
          "200": {
            "description": "The connection was deleted.",
            "headers": {
              "X-RateLimit-Limit": {
                "$ref": "#/components/headers/X-RateLimit-Limit"
              },
              "X-RateLimit-Remaining": {
                "$ref": "#/components/headers/X-RateLimit-Remaining"
              },
              "X-RateLimit-Reset": {
                "$ref": "#/components/headers/X-RateLimit-Reset"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/SuccessResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/connection/metadata": {
      "post": {
        "operationId": "legacyConnections.setMetadata",
        "tags": [
          "legacyConnections"
        ],
        "summary": "Replace connection metadata through the deprecated singular route.",
        "description": "Use `connections.setMetadata` instead.",
        "deprecated": true,
        "x-nango-replaced-by": "connections.setMetadata",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/MetadataRequest"
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The metadata was stored; the request is echoed back.",
            "headers": {
              "X-RateLimit-Limit": {
                "$ref": "#/components/headers/X-RateLimit-Limit"
              },
              "X-RateLimit-Remaining": {
                "$ref": "#/components/headers/X-RateLimit-Remaining"
              },
              "X-RateLimit-Reset": {
                "$ref": "#/components/headers/X-RateLimit-Reset"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/MetadataResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      },
      "patch": {
        "operationId": "legacyConnections.updateMetadata",
        "tags": [
          "legacyConnections"
        ],
        "summary": "Merge keys into connection metadata through the deprecated singular route.",
        "description": "Use `connections.updateMetadata` instead.",
        "deprecated": true,
        "x-nango-replaced-by": "connections.updateMetadata",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/MetadataRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The metadata was merged; the request is echoed back.",
            "headers": {
              "X-RateLimit-Limit": {
                "$ref": "#/components/headers/X-RateLimit-Limit"
              },
              "X-RateLimit-Remaining": {
                "$ref": "#/components/headers/X-RateLimit-Remaining"
              },
              "X-RateLimit-Reset": {
                "$ref": "#/components/headers/X-RateLimit-Reset"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/MetadataResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/connection/{connectionId}/metadata": {
      "post": {
        "operationId": "legacyConnections.setMetadataById",
        "tags": [
          "legacyConnections"
        ],
        "summary": "Replace the metadata of one connection through the deprecated route.",
        "description": "The request body is the metadata object itself. Use `connections.setMetadata` instead.",
        "deprecated": true,
        "x-nango-replaced-by": "connections.setMetadata",
        "parameters": [
          {
            "$ref": "#/components/parameters/ConnectionIdPath"
          },
          {
            "$ref": "#/components/parameters/ProviderConfigKeyHeader"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/Metadata"
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The metadata was stored.",
            "headers": {
              "X-RateLimit-Limit": {
                "$ref": "#/components/headers/X-RateLimit-Limit"
              },
              "X-RateLimit-Remaining": {
                "$ref": "#/components/headers/X-RateLimit-Remaining"
              },
              "X-RateLimit-Reset": {
                "$ref": "#/components/headers/X-RateLimit-Reset"
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      },
      "patch": {
        "operationId": "legacyConnections.updateMetadataById",
        "tags": [
          "legacyConnections"
        ],
        "summary": "Merge keys into the metadata of one connection through the deprecated route.",
        "description": "The request body holds the keys to merge. Use `connections.updateMetadata` instead.",
        "deprecated": true,
        "x-nango-replaced-by": "connections.updateMetadata",
        "parameters": [
          {
            "$ref": "#/components/parameters/ConnectionIdPath"
          },
          {
            "$ref": "#/components/parameters/ProviderConfigKeyHeader"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/Metadata"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The metadata was merged.",
            "headers": {
              "X-RateLimit-Limit": {
                "$ref": "#/components/headers/X-RateLimit-Limit"
              },
              "X-RateLimit-Remaining": {
                "$ref": "#/components/headers/X-RateLimit-Remaining"
              },
              "X-RateLimit-Reset": {
                "$ref": "#/components/headers/X-RateLimit-Reset"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "additionalProperties": true
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/connections": {
      "get": {
        "operationId": "connections.list",
        "tags": [
          "connections"
        ],
        "summary": "List connections, without credentials.",
        "description": "Paginated with `page` (0-based) and `limit`; there is no total, so stop at the first short page.\nWithout `limit` the server returns up to 10 000 connections. Needs an environment secret key with\nscope `environment:connections:list`.\n",
        "x-nango-pagination": {
          "style": "page",
          "items": "connections",
          "pageParam": "page",
          "limitParam": "limit"
        },
        "parameters": [
          {
            "$ref": "#/components/parameters/ConnectionIdFilter"
          },
          {
            "$ref": "#/components/parameters/ConnectionSearch"
          },
          {
            "$ref": "#/components/parameters/EndUserIdFilter"
          },
          {
            "$ref": "#/components/parameters/EndUserOrganizationIdFilter"
          },
          {
            "name": "integrationId",
            "in": "query",
            "required": false,
            "description": "Only return connections of these integrations. Sent as one comma-separated value.",
            "style": "form",
            "explode": false,
            "schema": {
              "type": "array",
              "items": {
                "type": "string"
              }
            }
          },
          {
            "$ref": "#/components/parameters/TagsFilter"
          },
          {
            "name": "limit",
            "in": "query",
            "required": false,
            "description": "Page size.",
            "schema": {
              "type": "integer",
              "minimum": 1,
              "maximum": 2000
            }
          },
          {
            "name": "page",
            "in": "query",
            "required": false,
            "description": "Page number, starting at 0 (offset = page x limit).",
            "schema": {
              "type": "integer",
              "minimum": 0
            }
          }
        ],
        "responses": {
          "200": {
            "description": "One page of connections.",
            "headers": {
              "X-RateLimit-Limit": {
                "$ref": "#/components/headers/X-RateLimit-Limit"
              },
              "X-RateLimit-Remaining": {
                "$ref": "#/components/headers/X-RateLimit-Remaining"
              },
              "X-RateLimit-Reset": {
                "$ref": "#/components/headers/X-RateLimit-Reset"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ConnectionList"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      },
      "post": {
        "operationId": "connections.create",
        "tags": [
          "connections"
        ],
        "summary": "Create or replace a connection from credentials you already hold.",
        "description": "Imports existing credentials (for example when migrating to Nango). If the connection exists it is\noverwritten. Needs an environment secret key with scope `environment:connections:create`.\n",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "type": "object",
                "additionalProperties": false,
                "required": [
                  "provider_config_key",
                  "credentials"
                ],
                "properties": {
                  "provider_config_key": {
                    "type": "string",
                    "description": "Integration ID (unique key) the connection belongs to."
                  },
                  "connection_id": {
                    "type": "string",
                    "description": "Connection ID to use; generated when omitted."
                  },
                  "credentials": {
                    "$ref": "#/components/schemas/ConnectionCredentialsInput"
                  },
                  "metadata": {
                    "$ref": "#/components/schemas/Metadata"
                  },
                  "connection_config": {
                    "type": "object",
                    "additionalProperties": true,
                    "description": "Provider-specific connection configuration (needed by some providers)."
                  },
                  "tags": {
                    "$ref": "#/components/schemas/Tags"
                  },
                  "webhook_url_override": {
                    "type": "string",
                    "description": "Send this connection's webhooks only to this URL instead of the environment's webhook URLs."
                  },
                  "end_user": {
                    "$ref": "#/components/schemas/EndUser"
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The connection.",
            "headers": {
              "X-RateLimit-Limit": {
                "$ref": "#/components/headers/X-RateLimit-Limit"
              },
              "X-RateLimit-Remaining": {
                "$ref": "#/components/headers/X-RateLimit-Remaining"
              },
              "X-RateLimit-Reset": {
                "$ref": "#/components/headers/X-RateLimit-Reset"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ConnectionFull"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/connections/{connectionId}": {
      "get": {
        "operationId": "connections.get",
        "tags": [
          "connections"
        ],
        "summary": "Get a connection, with its credentials.",
        "description": "Refreshes expired OAuth tokens before answering. `credentials` is only present when the key has\nscope `environment:connections:read_credentials`; the refresh flags without that scope answer\n`403 forbidden`. `424` means the token refresh failed for good. Needs an environment secret key\nwith scope `environment:connections:read`.\n",
        "parameters": [
          {
            "$ref": "#/components/parameters/ConnectionIdPath"
          },
          {
            "$ref": "#/components/parameters/ProviderConfigKeyQuery"
          },
          {
            "$ref": "#/components/parameters/ForceRefresh"
          },
          {
            "$ref": "#/components/parameters/RefreshToken"
          },
          {
            "name": "refresh_github_app_jwt_token",
            "in": "query",
            "required": false,
            "description": "Refresh the JWT of a GitHub App (or GitHub App OAuth) connection (default `false`).",
            "schema": {
              "type": "boolean"
            }
          }
        ],
        "responses": {
          "200": {
            "description": "The connection.",
            "headers": {
              "X-RateLimit-Limit": {
                "$ref": "#/components/headers/X-RateLimit-Limit"
              },
              "X-RateLimit-Remaining": {
                "$ref": "#/components/headers/X-RateLimit-Remaining"
              },
              "X-RateLimit-Reset": {
                "$ref": "#/components/headers/X-RateLimit-Reset"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ConnectionFull"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "424": {
            "$ref": "#/components/responses/FailedDependency"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      },
      "patch": {
        "operationId": "connections.update",
        "tags": [
          "connections"
        ],
        "summary": "Update the tags or webhook URL override of a connection.",
        "description": "Needs an environment secret key with scope `environment:connections:update`.",
        "parameters": [
          {
            "$ref": "#/components/parameters/ConnectionIdPath"
          },
          {
            "$ref": "#/components/parameters/ProviderConfigKeyQuery"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "type": "object",
                "additionalProperties": false,
                "properties": {
                  "tags": {
                    "$ref": "#/components/schemas/Tags"
                  },
                  "webhook_url_override": {
                    "type": "string",
                    "description": "Send this connection's webhooks only to this URL; an empty string removes the override."
                  },
                  "end_user": {
                    "$ref": "#/components/schemas/EndUser"
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The connection was updated.",
            "headers": {
              "X-RateLimit-Limit": {
                "$ref": "#/components/headers/X-RateLimit-Limit"
              },
              "X-RateLimit-Remaining": {
                "$ref": "#/components/headers/X-RateLimit-Remaining"
              },
              "X-RateLimit-Reset": {
                "$ref": "#/components/headers/X-RateLimit-Reset"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/SuccessResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      },
      "delete": {
        "operationId": "connections.delete",
        "tags": [
          "connections"
        ],
        "summary": "Delete a connection.",
        "description": "An unknown connection answers `400` with code `unknown_connection` (not `404`). Needs an\nenvironment secret key with scope `environment:connections:delete`.\n",
        "parameters": [
          {
            "$ref": "#/components/parameters/ConnectionIdPath"
          },
          {
            "$ref": "#/components/parameters/ProviderConfigKeyQuery"
          }
        ],
        "responses": {
          "200": {
            "description": "The connection was deleted.",
            "headers": {
              "X-RateLimit-Limit": {
                "$ref": "#/components/headers/X-RateLimit-Limit"
              },
              "X-RateLimit-Remaining": {
                "$ref": "#/components/headers/X-RateLimit-Remaining"
              },
              "X-RateLimit-Reset": {
                "$ref": "#/components/headers/X-RateLimit-Reset"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/SuccessResponse"
                }
              }
            }
          },
          "400": {
            "description": "Invalid request, or no such connection (code `unknown_connection`).",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ErrorResponse"
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/connections/metadata": {
      "post": {
        "operationId": "connections.setMetadata",
        "tags": [
          "connections"
        ],
        "summary": "Replace the metadata of one or more connections.",
        "description": "Pass an array in `connection_id` to update several connections; if any of them is unknown nothing is\nchanged. Needs an environment secret key with scope `environment:connections:update`.\n",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/MetadataRequest"
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The metadata was stored; the request is echoed back.",
            "headers": {
              "X-RateLimit-Limit": {
                "$ref": "#/components/headers/X-RateLimit-Limit"
              },
              "X-RateLimit-Remaining": {
                "$ref": "#/components/headers/X-RateLimit-Remaining"
              },
              "X-RateLimit-Reset": {
                "$ref": "#/components/headers/X-RateLimit-Reset"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/MetadataResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      },
      "patch": {
        "operationId": "connections.updateMetadata",
        "tags": [
          "connections"
        ],
        "summary": "Merge keys into the metadata of one or more connections.",
        "description": "Only the given top-level keys are overwritten; other keys are kept. Pass an array in\n`connection_id` to update several connections at once (all or nothing). Needs an environment\nsecret key with scope `environment:connections:update`.\n",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/MetadataRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The metadata was merged; the request is echoed back.",
            "headers": {
              "X-RateLimit-Limit": {
                "$ref": "#/components/headers/X-RateLimit-Limit"
              },
              "X-RateLimit-Remaining": {
                "$ref": "#/components/headers/X-RateLimit-Remaining"
              },
              "X-RateLimit-Reset": {
                "$ref": "#/components/headers/X-RateLimit-Reset"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/MetadataResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/records": {
      "get": {
        "operationId": "records.list",
        "tags": [
          "records"
        ],
        "summary": "List the records a sync stored for a connection.",
        "description": "Records come in ascending modification order. Follow `next_cursor` until it is `null`; a page can\nhold fewer than `limit` records. An unknown connection answers `400 unknown_connection`. Needs an\nenvironment secret key with scope `environment:records:read`.\n",
        "x-nango-pagination": {
          "style": "cursor",
          "items": "records",
          "cursorParam": "cursor",
          "nextCursor": "next_cursor"
        },
        "parameters": [
          {
            "name": "model",
            "in": "query",
            "required": true,
            "description": "Name of the model to read.",
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "cursor",
            "in": "query",
            "required": false,
            "description": "Return records modified after this point: a previous `next_cursor`, or the\n`_nango_metadata.cursor` of the last record you processed. More precise than `modified_after`.\n",
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "limit",
            "in": "query",
            "required": false,
            "description": "Maximum number of records per page.",
            "schema": {
              "type": "integer",
              "minimum": 1,
              "maximum": 10000,
              "default": 100
            }
          },
          {
            "name": "filter",
            "in": "query",
            "required": false,
            "description": "Only return records whose last change is of these kinds: a comma-separated list of `added`,\n`updated` and `deleted` (either case), e.g. `added,updated`.\n",
            "schema": {
              "type": "string",
              "pattern": "^(added|updated|deleted|ADDED|UPDATED|DELETED)(,(added|updated|deleted|ADDED|UPDATED|DELETED))*$"
            }
          },
          {
            "name": "modified_after",
            "in": "query",
            "required": false,
            "description": "Only return records modified after this timestamp (at most 12 months ago).",
            "schema": {
              "type": "string",
              "format": "date-time"
            }
          },
          {
            "name": "delta",
            "in": "query",
            "required": false,
            "deprecated": true,
            "description": "Old name of `modified_after`.",
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "ids",
            "in": "query",
            "required": false,
            "description": "Only return records with these IDs. Sent as a repeated key.",
            "style": "form",
            "explode": true,
            "schema": {
              "type": "array",
              "maxItems": 100,
              "items": {
                "type": "string"
              }
            }
          },
          {
            "name": "variant",
            "in": "query",
            "required": false,
            "description": "Model variant to read (default `base`).",
            "schema": {
              "type": "string"
            }
          },
          {
            "$ref": "#/components/parameters/ConnectionIdHeader"
          },
          {
            "$ref": "#/components/parameters/ProviderConfigKeyHeader"
          }
        ],
        "responses": {
          "200": {
            "description": "One page of records.",
            "headers": {
              "X-RateLimit-Limit": {
                "$ref": "#/components/headers/X-RateLimit-Limit"
              },
              "X-RateLimit-Remaining": {
                "$ref": "#/components/headers/X-RateLimit-Remaining"
              },
              "X-RateLimit-Reset": {
                "$ref": "#/components/headers/X-RateLimit-Reset"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "required": [
                    "records",
                    "next_cursor"
                  ],
                  "properties": {
                    "records": {
                      "type": "array",
                      "items": {
                        "$ref": "#/components/schemas/NangoRecord"
                      }
                    },
                    "next_cursor": {
                      "type": [
                        "string",
                        "null"
                      ],
                      "description": "Cursor of the next page, or `null` when there are no more records."
                    }
                  }
                }
              }
            }
          },
          "400": {
            "description": "Invalid request, or no such connection (code `unknown_connection`).",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ErrorResponse"
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/records/prune": {
      "patch": {
        "operationId": "records.prune",
        "tags": [
          "records"
        ],
        "summary": "Empty the payload of records up to a cursor.",
        "description": "Pruning keeps each record's metadata but deletes its data, up to and including `until_cursor`.\nRepeat while `has_more` is `true`. Needs an environment secret key with scope\n`environment:records:write`.\n",
        "parameters": [
          {
            "$ref": "#/components/parameters/ConnectionIdHeader"
          },
          {
            "$ref": "#/components/parameters/ProviderConfigKeyHeader"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "type": "object",
                "additionalProperties": false,
                "required": [
                  "model",
                  "until_cursor"
                ],
                "properties": {
                  "model": {
                    "type": "string",
                    "description": "Model whose records are pruned."
                  },
                  "variant": {
                    "type": "string",
                    "description": "Model variant (default `base`)."
                  },
                  "until_cursor": {
                    "type": "string",
                    "description": "Prune records up to and including the record with this `_nango_metadata.cursor`."
                  },
                  "limit": {
                    "type": "integer",
                    "minimum": 1,
                    "maximum": 10000,
                    "default": 1000,
                    "description": "Maximum number of records pruned by this call."
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Records were pruned.",
            "headers": {
              "X-RateLimit-Limit": {
                "$ref": "#/components/headers/X-RateLimit-Limit"
              },
              "X-RateLimit-Remaining": {
                "$ref": "#/components/headers/X-RateLimit-Remaining"
              },
              "X-RateLimit-Reset": {
                "$ref": "#/components/headers/X-RateLimit-Reset"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "required": [
                    "count",
                    "has_more"
                  ],
                  "properties": {
                    "count": {
                      "type": "integer",
                      "description": "Number of records pruned by this call."
                    },
                    "has_more": {
                      "type": "boolean",
                      "description": "`true` when records up to the cursor may remain; call again."
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/sync/trigger": {
      "post": {
        "operationId": "syncs.trigger",
        "tags": [
          "syncs"
        ],
        "summary": "Run syncs once, now, outside their schedule.",
        "description": "Applies to one connection, or to every connection of the integration when `connection_id` is\nomitted. The server also reads the integration and connection IDs from the `Provider-Config-Key`\nand `Connection-Id` headers when they are missing from the body (legacy). Needs an environment\nsecret key with scope `environment:syncs:execute`.\n",
        "parameters": [
          {
            "name": "Provider-Config-Key",
            "in": "header",
            "required": false,
            "description": "Legacy fallback for `provider_config_key` in the body.",
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "Connection-Id",
            "in": "header",
            "required": false,
            "description": "Legacy fallback for `connection_id` in the body.",
            "schema": {
              "type": "string"
            }
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "type": "object",
                "additionalProperties": false,
                "required": [
                  "provider_config_key",
                  "syncs"
                ],
                "properties": {
                  "provider_config_key": {
                    "type": "string",
                    "description": "Integration ID (unique key)."
                  },
                  "connection_id": {
                    "type": "string",
                    "description": "Connection to run the syncs for; all connections of the integration when omitted."
                  },
                  "syncs": {
                    "$ref": "#/components/schemas/SyncSelection"
                  },
                  "opts": {
                    "type": "object",
                    "additionalProperties": false,
                    "description": "Run options.",
                    "properties": {
                      "reset": {
                        "type": "boolean",
                        "description": "Clear the checkpoint and last sync date first, so the sync starts from scratch."
                      },
                      "emptyCache": {
                        "type": "boolean",
                        "description": "Also delete the records already stored for the sync. Needs `reset`."
                      }
                    }
                  },
                  "sync_mode": {
                    "type": "string",
                    "enum": [
                      "incremental",
                      "full_refresh",
                      "full_refresh_and_clear_cache"
                    ],
                    "deprecated": true,
                    "description": "Old way to ask for a reset; use `opts`."
                  },
                  "full_resync": {
                    "type": "boolean",
                    "deprecated": true,
                    "description": "Old way to ask for a full resync; use `opts.reset`."
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The syncs were triggered.",
            "headers": {
              "X-RateLimit-Limit": {
                "$ref": "#/components/headers/X-RateLimit-Limit"
              },
              "X-RateLimit-Remaining": {
                "$ref": "#/components/headers/X-RateLimit-Remaining"
              },
              "X-RateLimit-Reset": {
                "$ref": "#/components/headers/X-RateLimit-Reset"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/SuccessResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/sync/start": {
      "post": {
        "operationId": "syncs.start",
        "tags": [
          "syncs"
        ],
        "summary": "Start the schedule of syncs.",
        "description": "The syncs run once immediately, then on their schedule. Has no effect on syncs already scheduled.\nApplies to all connections of the integration when `connection_id` is omitted. Needs an\nenvironment secret key with scope `environment:syncs:update`.\n",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/SyncCommandRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The syncs were started.",
            "headers": {
              "X-RateLimit-Limit": {
                "$ref": "#/components/headers/X-RateLimit-Limit"
              },
              "X-RateLimit-Remaining": {
                "$ref": "#/components/headers/X-RateLimit-Remaining"
              },
              "X-RateLimit-Reset": {
                "$ref": "#/components/headers/X-RateLimit-Reset"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/SuccessResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/sync/pause": {
      "post": {
        "operationId": "syncs.pause",
        "tags": [
          "syncs"
        ],
        "summary": "Pause the schedule of syncs.",
        "description": "Applies to all connections of the integration when `connection_id` is omitted. Needs an\nenvironment secret key with scope `environment:syncs:update`.\n",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/SyncCommandRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The syncs were paused.",
            "headers": {
              "X-RateLimit-Limit": {
                "$ref": "#/components/headers/X-RateLimit-Limit"
              },
              "X-RateLimit-Remaining": {
                "$ref": "#/components/headers/X-RateLimit-Remaining"
              },
              "X-RateLimit-Reset": {
                "$ref": "#/components/headers/X-RateLimit-Reset"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/SuccessResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/sync/status": {
      "get": {
        "operationId": "syncs.status",
        "tags": [
          "syncs"
        ],
        "summary": "Get the status of syncs.",
        "description": "Reports each selected sync for one connection, or for every connection when `connection_id` is\nomitted. Needs an environment secret key with scope `environment:syncs:read`.\n",
        "parameters": [
          {
            "name": "provider_config_key",
            "in": "query",
            "required": true,
            "description": "Integration ID (unique key).",
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "syncs",
            "in": "query",
            "required": true,
            "description": "Syncs to report, sent as one comma-separated value. `*` selects every sync of the integration;\na variant is written `name::variant`.\n",
            "style": "form",
            "explode": false,
            "schema": {
              "type": "array",
              "minItems": 1,
              "items": {
                "type": "string"
              }
            }
          },
          {
            "name": "connection_id",
            "in": "query",
            "required": false,
            "description": "Connection to report on; all connections when omitted.",
            "schema": {
              "type": "string"
            }
          }
        ],
        "responses": {
          "200": {
            "description": "The status of each sync.",
            "headers": {
              "X-RateLimit-Limit": {
                "$ref": "#/components/headers/X-RateLimit-Limit"
              },
              "X-RateLimit-Remaining": {
                "$ref": "#/components/headers/X-RateLimit-Remaining"
              },
              "X-RateLimit-Reset": {
                "$ref": "#/components/headers/X-RateLimit-Reset"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "required": [
                    "syncs"
                  ],
                  "properties": {
                    "syncs": {
                      "type": "array",
                      "items": {
                        "$ref": "#/components/schemas/SyncStatus"
                      }
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/sync/{name}/variant/{variant}": {
      "post": {
        "operationId": "syncs.createVariant",
        "tags": [
          "syncs"
        ],
        "summary": "Create a variant of a sync for a connection.",
        "description": "A variant is a separate copy of the sync with its own records and checkpoint. Errors use codes\nsuch as `invalid_variant`, `unknown_connection`, `unknown_sync`, `sync_variant_already_exists`,\n`resource_capped` and `feature_disabled` (400) or `failed_sync_variant_creation` (500). Needs an\nenvironment secret key with scope `environment:syncs:variant:create`.\n",
        "parameters": [
          {
            "$ref": "#/components/parameters/SyncNamePath"
          },
          {
            "$ref": "#/components/parameters/SyncVariantPath"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/SyncVariantRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The variant was created.",
            "headers": {
              "X-RateLimit-Limit": {
                "$ref": "#/components/headers/X-RateLimit-Limit"
              },
              "X-RateLimit-Remaining": {
                "$ref": "#/components/headers/X-RateLimit-Remaining"
              },
              "X-RateLimit-Reset": {
                "$ref": "#/components/headers/X-RateLimit-Reset"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "required": [
                    "id",
                    "name",
                    "variant"
                  ],
                  "properties": {
                    "id": {
                      "type": "string",
                      "description": "ID of the new sync variant."
                    },
                    "name": {
                      "type": "string",
                      "description": "Sync name."
                    },
                    "variant": {
                      "type": "string",
                      "description": "Variant name."
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      },
      "delete": {
        "operationId": "syncs.deleteVariant",
        "tags": [
          "syncs"
        ],
        "summary": "Delete a variant of a sync for a connection.",
        "description": "This DELETE carries a JSON body. Errors use codes such as `invalid_variant` and\n`unknown_connection` (400), `not_found` (404) or `failed_sync_variant_deletion` (500). Needs an\nenvironment secret key with scope `environment:syncs:variant:delete`.\n",
        "parameters": [
          {
            "$ref": "#/components/parameters/SyncNamePath"
          },
          {
            "$ref": "#/components/parameters/SyncVariantPath"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/SyncVariantRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The variant was deleted.",
            "headers": {
              "X-RateLimit-Limit": {
                "$ref": "#/components/headers/X-RateLimit-Limit"
              },
              "X-RateLimit-Remaining": {
                "$ref": "#/components/headers/X-RateLimit-Remaining"
              },
              "X-RateLimit-Reset": {
                "$ref": "#/components/headers/X-RateLimit-Reset"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/SuccessResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/sync/update-connection-frequency": {
      "put": {
        "operationId": "syncs.updateFrequency",
        "tags": [
          "syncs"
        ],
        "summary": "Override how often a sync runs for one connection.",
        "description": "`frequency` uses the `ms` notation (`'every hour'`, `'30m'`), with a 30-second minimum; `null`\nrestores the sync's default. Needs an environment secret key with scope `environment:syncs:update`.\n",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "type": "object",
                "additionalProperties": false,
                "required": [
                  "provider_config_key",
                  "connection_id",
                  "sync_name",
                  "frequency"
                ],
                "properties": {
                  "provider_config_key": {
                    "type": "string",
                    "description": "Integration ID (unique key)."
                  },
                  "connection_id": {
                    "type": "string",
                    "description": "Connection ID."
                  },
                  "sync_name": {
                    "type": "string",
                    "description": "Sync to change."
                  },
                  "sync_variant": {
                    "type": "string",
                    "description": "Sync variant to change (default `base`)."
                  },
                  "frequency": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "New frequency, or `null` to go back to the default."
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The frequency now in force.",
            "headers": {
              "X-RateLimit-Limit": {
                "$ref": "#/components/headers/X-RateLimit-Limit"
              },
              "X-RateLimit-Remaining": {
                "$ref": "#/components/headers/X-RateLimit-Remaining"
              },
              "X-RateLimit-Reset": {
                "$ref": "#/components/headers/X-RateLimit-Reset"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "required": [
                    "frequency"
                  ],
                  "properties": {
                    "frequency": {
                      "type": "string",
                      "description": "The frequency now used for this connection."
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/action/trigger": {
      "post": {
        "operationId": "actions.trigger",
        "tags": [
          "actions"
        ],
        "summary": "Run an action for a connection.",
        "description": "Synchronously (default) the answer is `200` with the action's output (at most 10 MB). With\n`X-Async: true` the answer is `202` with an ID and a `Location`/`statusUrl` to poll with\n`actions.getResult`. `424` reports an upstream HTTP failure inside the action; `500` an action\nerror. Needs an environment secret key with scope `environment:actions:execute`.\n",
        "parameters": [
          {
            "$ref": "#/components/parameters/ConnectionIdHeader"
          },
          {
            "$ref": "#/components/parameters/ProviderConfigKeyHeader"
          },
          {
            "name": "X-Async",
            "in": "header",
            "required": false,
            "x-nango-name": "async",
            "description": "Run the action in the background and answer `202` at once.",
            "schema": {
              "type": "boolean",
              "default": false
            }
          },
          {
            "name": "X-Max-Retries",
            "in": "header",
            "required": false,
            "x-nango-name": "maxRetries",
            "description": "How many times a failed async run is retried (0 to 5). Only used with `X-Async`.",
            "schema": {
              "type": "integer",
              "minimum": 0,
              "maximum": 5,
              "default": 0
            }
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "type": "object",
                "additionalProperties": false,
                "required": [
                  "action_name"
                ],
                "properties": {
                  "action_name": {
                    "type": "string",
                    "description": "Name of the action."
                  },
                  "input": {
                    "description": "Input passed to the action, any JSON value matching its input model."
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The action's output (synchronous run).",
            "headers": {
              "X-RateLimit-Limit": {
                "$ref": "#/components/headers/X-RateLimit-Limit"
              },
              "X-RateLimit-Remaining": {
                "$ref": "#/components/headers/X-RateLimit-Remaining"
              },
              "X-RateLimit-Reset": {
                "$ref": "#/components/headers/X-RateLimit-Reset"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ActionOutput"
                }
              }
            }
          },
          "202": {
            "description": "The action was queued (asynchronous run).",
            "headers": {
              "Location": {
                "description": "Path to poll for the result (`/action/{id}`).",
                "schema": {
                  "type": "string"
                }
              },
              "X-RateLimit-Limit": {
                "$ref": "#/components/headers/X-RateLimit-Limit"
              },
              "X-RateLimit-Remaining": {
                "$ref": "#/components/headers/X-RateLimit-Remaining"
              },
              "X-RateLimit-Reset": {
                "$ref": "#/components/headers/X-RateLimit-Reset"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/AsyncActionResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "424": {
            "description": "An HTTP call to the provider failed inside the action; `error.upstream` describes it.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ActionErrorResponse"
                }
              }
            }
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "description": "The action failed.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ActionErrorResponse"
                }
              }
            }
          }
        }
      }
    },
    "/action/{actionId}": {
      "get": {
        "operationId": "actions.getResult",
        "tags": [
          "actions"
        ],
        "summary": "Get the result of an asynchronous action.",
        "description": "`404` (code `not_found`) means the action has not finished yet (or the ID is unknown): poll again\nlater. `500` means the action failed. Needs an environment secret key with scope\n`environment:actions:execute`.\n",
        "parameters": [
          {
            "name": "actionId",
            "in": "path",
            "required": true,
            "description": "ID returned by `actions.trigger` with `X-Async`.",
            "schema": {
              "type": "string",
              "format": "uuid"
            }
          }
        ],
        "responses": {
          "200": {
            "description": "The action's output (at most 2 MB).",
            "headers": {
              "X-RateLimit-Limit": {
                "$ref": "#/components/headers/X-RateLimit-Limit"
              },
              "X-RateLimit-Remaining": {
                "$ref": "#/components/headers/X-RateLimit-Remaining"
              },
              "X-RateLimit-Reset": {
                "$ref": "#/components/headers/X-RateLimit-Reset"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ActionOutput"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "description": "The action has not completed yet, or the ID is unknown (code `not_found`).",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ErrorResponse"
                }
              }
            }
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "description": "The action failed.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ActionErrorResponse"
                }
              }
            }
          }
        }
      }
    },
    "/environments": {
      "post": {
        "operationId": "environments.create",
        "tags": [
          "environments"
        ],
        "summary": "Create an environment.",
        "description": "Needs an account secret key with scope `account:environments:create`.",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "type": "object",
                "additionalProperties": false,
                "required": [
                  "name"
                ],
                "properties": {
                  "name": {
                    "type": "string",
                    "pattern": "^[a-z0-9_-]+$",
                    "maxLength": 255,
                    "description": "Lowercase letters, digits, `-` and `_`. The name `prod` is always a production environment."
                  },
                  "is_production": {
                    "type": "boolean",
                    "description": "Mark the environment as production (default `false`, except for `prod`)."
                  },
                  "callback_url": {
                    "type": "string",
                    "format": "uri",
                    "description": "OAuth callback URL of the environment."
                  },
                  "hmac_key": {
                    "type": "string",
                    "maxLength": 1000,
                    "description": "HMAC key for the legacy public-key auth flow."
                  },
                  "hmac_enabled": {
                    "type": "boolean",
                    "description": "Check HMAC signatures in the legacy public-key auth flow."
                  },
                  "slack_notifications": {
                    "type": "boolean",
                    "description": "Send failure notifications to Slack."
                  },
                  "otlp_endpoint": {
                    "type": "string",
                    "description": "OpenTelemetry collector endpoint (needs a plan with OpenTelemetry export)."
                  },
                  "otlp_headers": {
                    "type": "array",
                    "maxItems": 100,
                    "description": "Headers sent with OpenTelemetry exports (needs a plan with OpenTelemetry export).",
                    "items": {
                      "type": "object",
                      "additionalProperties": false,
                      "required": [
                        "name",
                        "value"
                      ],
                      "properties": {
                        "name": {
                          "type": "string",
                          "minLength": 1,
                          "maxLength": 256
                        },
                        "value": {
                          "type": "string",
                          "minLength": 1,
                          "maxLength": 4000
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The created environment.",
            "headers": {
              "X-RateLimit-Limit": {
                "$ref": "#/components/headers/X-RateLimit-Limit"
              },
              "X-RateLimit-Remaining": {
                "$ref": "#/components/headers/X-RateLimit-Remaining"
              },
              "X-RateLimit-Reset": {
                "$ref": "#/components/headers/X-RateLimit-Reset"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "required": [
                    "data"
                  ],
                  "properties": {
                    "data": {
                      "type": "object",
                      "required": [
                        "id",
                        "name"
                      ],
                      "properties": {
                        "id": {
                          "type": "integer",
                          "description": "Numeric environment ID, used by the other account-level operations."
                        },
                        "name": {
                          "type": "string",
                          "description": "Environment name."
                        }
                      }
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/environments/{environmentId}": {
      "delete": {
        "operationId": "environments.delete",
        "tags": [
          "environments"
        ],
        "summary": "Delete an environment.",
        "description": "The `prod` environment cannot be deleted (`400`). Needs an account secret key with scope\n`account:environments:delete`.\n",
        "parameters": [
          {
            "name": "environmentId",
            "in": "path",
            "required": true,
            "description": "Numeric environment ID.",
            "schema": {
              "type": "integer",
              "minimum": 1
            }
          }
        ],
        "responses": {
          "204": {
            "description": "The environment was deleted.",
            "headers": {
              "X-RateLimit-Limit": {
                "$ref": "#/components/headers/X-RateLimit-Limit"
              },
              "X-RateLimit-Remaining": {
                "$ref": "#/components/headers/X-RateLimit-Remaining"
              },
              "X-RateLimit-Reset": {
                "$ref": "#/components/headers/X-RateLimit-Reset"
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/environment/api-keys": {
      "post": {
        "operationId": "apiKeys.create",
        "tags": [
          "apiKeys"
        ],
        "summary": "Create an API key for an environment.",
        "description": "The secret is returned only once. Keys created here always have the scope `environment:*`. Needs\nan account secret key.\n",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "type": "object",
                "additionalProperties": false,
                "required": [
                  "environment_id",
                  "display_name"
                ],
                "properties": {
                  "environment_id": {
                    "type": "integer",
                    "minimum": 1,
                    "description": "Numeric ID of the environment the key belongs to."
                  },
                  "display_name": {
                    "type": "string",
                    "minLength": 1,
                    "maxLength": 255,
                    "description": "Key name, unique within the environment."
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The created key, with its secret.",
            "headers": {
              "X-RateLimit-Limit": {
                "$ref": "#/components/headers/X-RateLimit-Limit"
              },
              "X-RateLimit-Remaining": {
                "$ref": "#/components/headers/X-RateLimit-Remaining"
              },
              "X-RateLimit-Reset": {
                "$ref": "#/components/headers/X-RateLimit-Reset"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "required": [
                    "data"
                  ],
                  "properties": {
                    "data": {
                      "type": "object",
                      "required": [
                        "id",
                        "display_name",
                        "scopes",
                        "secret",
                        "created_at"
                      ],
                      "properties": {
                        "id": {
                          "type": "integer",
                          "description": "Numeric key ID, used to delete the key."
                        },
                        "display_name": {
                          "type": "string",
                          "description": "Key name."
                        },
                        "scopes": {
                          "type": "array",
                          "items": {
                            "type": "string"
                          },
                          "description": "Scopes of the key (always `environment:*`)."
                        },
                        "secret": {
                          "type": "string",
                          "description": "The secret key. Store it now; it cannot be read again."
                        },
                        "created_at": {
                          "type": "string",
                          "format": "date-time",
                          "description": "Creation time."
                        }
                      }
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      },
      "delete": {
        "operationId": "apiKeys.delete",
        "tags": [
          "apiKeys"
        ],
        "summary": "Delete an environment API key.",
        "description": "This DELETE carries a JSON body. Needs an account secret key.",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "type": "object",
                "additionalProperties": false,
                "required": [
                  "environment_id",
                  "key_id"
                ],
                "properties": {
                  "environment_id": {
                    "type": "integer",
                    "minimum": 1,
                    "description": "Numeric ID of the environment that owns the key."
                  },
                  "key_id": {
                    "type": "integer",
                    "minimum": 1,
                    "description": "Numeric key ID returned by `apiKeys.create`."
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The key was deleted.",
            "headers": {
              "X-RateLimit-Limit": {
                "$ref": "#/components/headers/X-RateLimit-Limit"
              },
              "X-RateLimit-Remaining": {
                "$ref": "#/components/headers/X-RateLimit-Remaining"
              },
              "X-RateLimit-Reset": {
                "$ref": "#/components/headers/X-RateLimit-Reset"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/SuccessResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/environment-variables": {
      "get": {
        "operationId": "environmentVariables.list",
        "tags": [
          "environmentVariables"
        ],
        "summary": "List the environment variables set in the dashboard.",
        "description": "The answer is a bare array, not wrapped in `data`. Needs an environment secret key with scope\n`environment:variables:read`.\n",
        "responses": {
          "200": {
            "description": "The environment variables.",
            "headers": {
              "X-RateLimit-Limit": {
                "$ref": "#/components/headers/X-RateLimit-Limit"
              },
              "X-RateLimit-Remaining": {
                "$ref": "#/components/headers/X-RateLimit-Remaining"
              },
              "X-RateLimit-Reset": {
                "$ref": "#/components/headers/X-RateLimit-Reset"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "type": "array",
                  "items": {
                    "type": "object",
                    "required": [
                      "name",
                      "value"
                    ],
                    "properties": {
                      "name": {
                        "type": "string",
                        "description": "Variable name."
                      },
                      "value": {
                        "type": "string",
                        "description": "Variable value."
                      }
                    }
                  }
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/environment/webhook-signing-key/rotate": {
      "post": {
        "operationId": "webhookSigningKey.rotate",
        "tags": [
          "webhookSigningKey"
        ],
        "summary": "Replace the webhook signing key with a new one.",
        "description": "Nango keeps signing with the previous key for about 5 minutes, so accept both during that window.\n`409` means the environment has more than one key and cannot be rotated automatically. Needs an\nenvironment secret key with scope `environment:webhook_signing_key:rotate`.\n",
        "responses": {
          "200": {
            "description": "The new signing key.",
            "headers": {
              "X-RateLimit-Limit": {
                "$ref": "#/components/headers/X-RateLimit-Limit"
              },
              "X-RateLimit-Remaining": {
                "$ref": "#/components/headers/X-RateLimit-Remaining"
              },
              "X-RateLimit-Reset": {
                "$ref": "#/components/headers/X-RateLimit-Reset"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "required": [
                    "data"
                  ],
                  "properties": {
                    "data": {
                      "type": "object",
                      "required": [
                        "webhook_signing_key"
                      ],
                      "properties": {
                        "webhook_signing_key": {
                          "type": "string",
                          "description": "The new key, used to verify `X-Nango-Hmac-Sha256`."
                        }
                      }
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/proxy/{path}": {
      "get": {
        "operationId": "proxy.get",
        "tags": [
          "proxy"
        ],
        "summary": "Send a GET request to the provider API through the proxy.",
        "description": "Forwards the request to the provider API of the connection, adding its credentials. `path` is the\nraw upstream path appended to the provider's base URL: keep its slashes, do not percent-encode them.\nHeaders named `Nango-Proxy-<Name>` are forwarded as `<Name>`. The upstream status, headers and body\ncome back unchanged; failures of Nango itself (unknown integration or connection, failed token\nrefresh, disabled base-URL override, plan limits) use the `ErrorResponse` envelope. Browsers cannot\nsend `Retries`, `Retry-On`, `Base-Url-Override`, `Decompress`, `Forward-Headers-On-Redirect` or\n`Nango-Proxy-*` headers (CORS). Needs an environment secret key with scope `environment:proxy`.\n",
        "parameters": [
          {
            "$ref": "#/components/parameters/ProxyPath"
          },
          {
            "$ref": "#/components/parameters/ProxyQuery"
          },
          {
            "$ref": "#/components/parameters/ConnectionIdHeader"
          },
          {
            "$ref": "#/components/parameters/ProviderConfigKeyHeader"
          },
          {
            "$ref": "#/components/parameters/ProxyRetries"
          },
          {
            "$ref": "#/components/parameters/ProxyRetryOn"
          },
          {
            "$ref": "#/components/parameters/ProxyBaseUrlOverride"
          },
          {
            "$ref": "#/components/parameters/ProxyDecompress"
          },
          {
            "$ref": "#/components/parameters/ProxyForwardHeadersOnRedirect"
          }
        ],
        "responses": {
          "200": {
            "description": "The upstream response, passed through unchanged.",
            "headers": {
              "X-RateLimit-Limit": {
                "$ref": "#/components/headers/X-RateLimit-Limit"
              },
              "X-RateLimit-Remaining": {
                "$ref": "#/components/headers/X-RateLimit-Remaining"
              },
              "X-RateLimit-Reset": {
                "$ref": "#/components/headers/X-RateLimit-Reset"
              }
            },
            "content": {
              "*/*": {
                "schema": {
                  "description": "Upstream body, in the upstream content type."
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/ServerError"
          },
          "default": {
            "description": "Any other upstream status, passed through unchanged. A 4xx or 5xx from the upstream API keeps the\nupstream body, so it does not necessarily follow `ErrorResponse`.\n",
            "content": {
              "*/*": {
                "schema": {
                  "description": "Upstream body, in the upstream content type."
                }
              }
            }
          }
        }
      },
      "post": {
        "operationId": "proxy.post",
        "tags": [
          "proxy"
        ],
        "summary": "Send a POST request to the provider API through the proxy.",
        "description": "Forwards the request to the provider API of the connection, adding its credentials. `path` is the\nraw upstream path appended to the provider's base URL: keep its slashes, do not percent-encode them.\nHeaders named `Nango-Proxy-<Name>` are forwarded as `<Name>`. The upstream status, headers and body\ncome back unchanged; failures of Nango itself (unknown integration or connection, failed token\nrefresh, disabled base-URL override, plan limits) use the `ErrorResponse` envelope. Browsers cannot\nsend `Retries`, `Retry-On`, `Base-Url-Override`, `Decompress`, `Forward-Headers-On-Redirect` or\n`Nango-Proxy-*` headers (CORS). Needs an environment secret key with scope `environment:proxy`.\n",
        "parameters": [
          {
            "$ref": "#/components/parameters/ProxyPath"
          },
          {
            "$ref": "#/components/parameters/ProxyQuery"
          },
          {
            "$ref": "#/components/parameters/ConnectionIdHeader"
          },
          {
            "$ref": "#/components/parameters/ProviderConfigKeyHeader"
          },
          {
            "$ref": "#/components/parameters/ProxyRetries"
          },
          {
            "$ref": "#/components/parameters/ProxyRetryOn"
          },
          {
            "$ref": "#/components/parameters/ProxyBaseUrlOverride"
          },
          {
            "$ref": "#/components/parameters/ProxyDecompress"
          },
          {
            "$ref": "#/components/parameters/ProxyForwardHeadersOnRedirect"
          }
        ],
        "requestBody": {
          "$ref": "#/components/requestBodies/ProxyBody"
        },
        "responses": {
          "200": {
            "description": "The upstream response, passed through unchanged.",
            "headers": {
              "X-RateLimit-Limit": {
                "$ref": "#/components/headers/X-RateLimit-Limit"
              },
              "X-RateLimit-Remaining": {
                "$ref": "#/components/headers/X-RateLimit-Remaining"
              },
              "X-RateLimit-Reset": {
                "$ref": "#/components/headers/X-RateLimit-Reset"
              }
            },
            "content": {
              "*/*": {
                "schema": {
                  "description": "Upstream body, in the upstream content type."
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/ServerError"
          },
          "default": {
            "description": "Any other upstream status, passed through unchanged. A 4xx or 5xx from the upstream API keeps the\nupstream body, so it does not necessarily follow `ErrorResponse`.\n",
            "content": {
              "*/*": {
                "schema": {
                  "description": "Upstream body, in the upstream content type."
                }
              }
            }
          }
        }
      },
      "put": {
        "operationId": "proxy.put",
        "tags": [
          "proxy"
        ],
        "summary": "Send a PUT request to the provider API through the proxy.",
        "description": "Forwards the request to the provider API of the connection, adding its credentials. `path` is the\nraw upstream path appended to the provider's base URL: keep its slashes, do not percent-encode them.\nHeaders named `Nango-Proxy-<Name>` are forwarded as `<Name>`. The upstream status, headers and body\ncome back unchanged; failures of Nango itself (unknown integration or connection, failed token\nrefresh, disabled base-URL override, plan limits) use the `ErrorResponse` envelope. Browsers cannot\nsend `Retries`, `Retry-On`, `Base-Url-Override`, `Decompress`, `Forward-Headers-On-Redirect` or\n`Nango-Proxy-*` headers (CORS). Needs an environment secret key with scope `environment:proxy`.\n",
        "parameters": [
          {
            "$ref": "#/components/parameters/ProxyPath"
          },
          {
            "$ref": "#/components/parameters/ProxyQuery"
          },
          {
            "$ref": "#/components/parameters/ConnectionIdHeader"
          },
          {
            "$ref": "#/components/parameters/ProviderConfigKeyHeader"
          },
          {
            "$ref": "#/components/parameters/ProxyRetries"
          },
          {
            "$ref": "#/components/parameters/ProxyRetryOn"
          },
          {
            "$ref": "#/components/parameters/ProxyBaseUrlOverride"
          },
          {
            "$ref": "#/components/parameters/ProxyDecompress"
          },
          {
            "$ref": "#/components/parameters/ProxyForwardHeadersOnRedirect"
          }
        ],
        "requestBody": {
          "$ref": "#/components/requestBodies/ProxyBody"
        },
        "responses": {
          "200": {
            "description": "The upstream response, passed through unchanged.",
            "headers": {
              "X-RateLimit-Limit": {
                "$ref": "#/components/headers/X-RateLimit-Limit"
              },
              "X-RateLimit-Remaining": {
                "$ref": "#/components/headers/X-RateLimit-Remaining"
              },
              "X-RateLimit-Reset": {
                "$ref": "#/components/headers/X-RateLimit-Reset"
              }
            },
            "content": {
              "*/*": {
                "schema": {
                  "description": "Upstream body, in the upstream content type."
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/ServerError"
          },
          "default": {
            "description": "Any other upstream status, passed through unchanged. A 4xx or 5xx from the upstream API keeps the\nupstream body, so it does not necessarily follow `ErrorResponse`.\n",
            "content": {
              "*/*": {
                "schema": {
                  "description": "Upstream body, in the upstream content type."
                }
              }
            }
          }
        }
      },
      "patch": {
        "operationId": "proxy.patch",
        "tags": [
          "proxy"
        ],
        "summary": "Send a PATCH request to the provider API through the proxy.",
        "description": "Forwards the request to the provider API of the connection, adding its credentials. `path` is the\nraw upstream path appended to the provider's base URL: keep its slashes, do not percent-encode them.\nHeaders named `Nango-Proxy-<Name>` are forwarded as `<Name>`. The upstream status, headers and body\ncome back unchanged; failures of Nango itself (unknown integration or connection, failed token\nrefresh, disabled base-URL override, plan limits) use the `ErrorResponse` envelope. Browsers cannot\nsend `Retries`, `Retry-On`, `Base-Url-Override`, `Decompress`, `Forward-Headers-On-Redirect` or\n`Nango-Proxy-*` headers (CORS). Needs an environment secret key with scope `environment:proxy`.\n",
        "parameters": [
          {
            "$ref": "#/components/parameters/ProxyPath"
          },
          {
            "$ref": "#/components/parameters/ProxyQuery"
          },
          {
            "$ref": "#/components/parameters/ConnectionIdHeader"
          },
          {
            "$ref": "#/components/parameters/ProviderConfigKeyHeader"
          },
          {
            "$ref": "#/components/parameters/ProxyRetries"
          },
          {
            "$ref": "#/components/parameters/ProxyRetryOn"
          },
          {
            "$ref": "#/components/parameters/ProxyBaseUrlOverride"
          },
          {
            "$ref": "#/components/parameters/ProxyDecompress"
          },
          {
            "$ref": "#/components/parameters/ProxyForwardHeadersOnRedirect"
          }
        ],
        "requestBody": {
          "$ref": "#/components/requestBodies/ProxyBody"
        },
        "responses": {
          "200": {
            "description": "The upstream response, passed through unchanged.",
            "headers": {
              "X-RateLimit-Limit": {
                "$ref": "#/components/headers/X-RateLimit-Limit"
              },
              "X-RateLimit-Remaining": {
                "$ref": "#/components/headers/X-RateLimit-Remaining"
              },
              "X-RateLimit-Reset": {
                "$ref": "#/components/headers/X-RateLimit-Reset"
              }
            },
            "content": {
              "*/*": {
                "schema": {
                  "description": "Upstream body, in the upstream content type."
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/ServerError"
          },
          "default": {
            "description": "Any other upstream status, passed through unchanged. A 4xx or 5xx from the upstream API keeps the\nupstream body, so it does not necessarily follow `ErrorResponse`.\n",
            "content": {
              "*/*": {
                "schema": {
                  "description": "Upstream body, in the upstream content type."
                }
              }
            }
          }
        }
      },
      "delete": {
        "operationId": "proxy.delete",
        "tags": [
          "proxy"
        ],
        "summary": "Send a DELETE request to the provider API through the proxy.",
        "description": "Forwards the request to the provider API of the connection, adding its credentials. `path` is the\nraw upstream path appended to the provider's base URL: keep its slashes, do not percent-encode them.\nHeaders named `Nango-Proxy-<Name>` are forwarded as `<Name>`. The upstream status, headers and body\ncome back unchanged; failures of Nango itself (unknown integration or connection, failed token\nrefresh, disabled base-URL override, plan limits) use the `ErrorResponse` envelope. Browsers cannot\nsend `Retries`, `Retry-On`, `Base-Url-Override`, `Decompress`, `Forward-Headers-On-Redirect` or\n`Nango-Proxy-*` headers (CORS). Needs an environment secret key with scope `environment:proxy`.\n",
        "parameters": [
          {
            "$ref": "#/components/parameters/ProxyPath"
          },
          {
            "$ref": "#/components/parameters/ProxyQuery"
          },
          {
            "$ref": "#/components/parameters/ConnectionIdHeader"
          },
          {
            "$ref": "#/components/parameters/ProviderConfigKeyHeader"
          },
          {
            "$ref": "#/components/parameters/ProxyRetries"
          },
          {
            "$ref": "#/components/parameters/ProxyRetryOn"
          },
          {
            "$ref": "#/components/parameters/ProxyBaseUrlOverride"
          },
          {
            "$ref": "#/components/parameters/ProxyDecompress"
          },
          {
            "$ref": "#/components/parameters/ProxyForwardHeadersOnRedirect"
          }
        ],
        "responses": {
          "200": {
            "description": "The upstream response, passed through unchanged.",
            "headers": {
              "X-RateLimit-Limit": {
                "$ref": "#/components/headers/X-RateLimit-Limit"
              },
              "X-RateLimit-Remaining": {
                "$ref": "#/components/headers/X-RateLimit-Remaining"
              },
              "X-RateLimit-Reset": {
                "$ref": "#/components/headers/X-RateLimit-Reset"
              }
            },
            "content": {
              "*/*": {
                "schema": {
                  "description": "Upstream body, in the upstream content type."
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/ServerError"
          },
          "default": {
            "description": "Any other upstream status, passed through unchanged. A 4xx or 5xx from the upstream API keeps the\nupstream body, so it does not necessarily follow `ErrorResponse`.\n",
            "content": {
              "*/*": {
                "schema": {
                  "description": "Upstream body, in the upstream content type."
                }
              }
            }
          }
        }
      }
    },
    "/connect/sessions": {
      "post": {
        "operationId": "connectSessions.create",
        "tags": [
          "connectSessions"
        ],
        "summary": "Create a connect session for an end user.",
        "description": "Returns a short-lived token to hand to the front end (Connect UI or the browser SDK), and a\nready-made connect link. Needs an environment secret key with scope\n`environment:connect_sessions:write`.\n",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/ConnectSessionInput"
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The session.",
            "headers": {
              "X-RateLimit-Limit": {
                "$ref": "#/components/headers/X-RateLimit-Limit"
              },
              "X-RateLimit-Remaining": {
                "$ref": "#/components/headers/X-RateLimit-Remaining"
              },
              "X-RateLimit-Reset": {
                "$ref": "#/components/headers/X-RateLimit-Reset"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "required": [
                    "data"
                  ],
                  "properties": {
                    "data": {
                      "$ref": "#/components/schemas/ConnectSession"
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/connect/sessions/reconnect": {
      "post": {
        "operationId": "connectSessions.reconnect",
        "tags": [
          "connectSessions"
        ],
        "summary": "Create a connect session that repairs an existing connection.",
        "description": "Use it when the end user must enter new credentials or re-authorize. Only connections created\nthrough a connect session can be reconnected. Needs an environment secret key with scope\n`environment:connect_sessions:write`.\n",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/ConnectSessionReconnectInput"
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The session.",
            "headers": {
              "X-RateLimit-Limit": {
                "$ref": "#/components/headers/X-RateLimit-Limit"
              },
              "X-RateLimit-Remaining": {
                "$ref": "#/components/headers/X-RateLimit-Remaining"
              },
              "X-RateLimit-Reset": {
                "$ref": "#/components/headers/X-RateLimit-Reset"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "required": [
                    "data"
                  ],
                  "properties": {
                    "data": {
                      "$ref": "#/components/schemas/ConnectSession"
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/connect/session": {
      "get": {
        "operationId": "connectSessions.get",
        "tags": [
          "connectSessions"
        ],
        "summary": "Get the connect session the bearer token belongs to.",
        "description": "Authenticated with the connect-session token itself, not with a secret key. Returns what Connect\nUI needs to render the session.\n",
        "security": [
          {
            "connectSessionToken": []
          }
        ],
        "responses": {
          "200": {
            "description": "The session.",
            "headers": {
              "X-RateLimit-Limit": {
                "$ref": "#/components/headers/X-RateLimit-Limit"
              },
              "X-RateLimit-Remaining": {
                "$ref": "#/components/headers/X-RateLimit-Remaining"
              },
              "X-RateLimit-Reset": {
                "$ref": "#/components/headers/X-RateLimit-Reset"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "required": [
                    "data"
                  ],
                  "properties": {
                    "data": {
                      "$ref": "#/components/schemas/ConnectSessionDetails"
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      },
      "delete": {
        "operationId": "connectSessions.delete",
        "tags": [
          "connectSessions"
        ],
        "summary": "Revoke the connect session the bearer token belongs to.",
        "description": "Authenticated with the connect-session token itself, not with a secret key.",
        "security": [
          {
            "connectSessionToken": []
          }
        ],
        "responses": {
          "204": {
            "description": "The session was deleted.",
            "headers": {
              "X-RateLimit-Limit": {
                "$ref": "#/components/headers/X-RateLimit-Limit"
              },
              "X-RateLimit-Remaining": {
                "$ref": "#/components/headers/X-RateLimit-Remaining"
              },
              "X-RateLimit-Reset": {
                "$ref": "#/components/headers/X-RateLimit-Reset"
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    }
  },
  "components": {
    "securitySchemes": {
      "secretKey": {
        "type": "http",
        "scheme": "bearer",
        "description": "A secret key: an environment secret key for almost every operation, or an account secret key for\nthe environment and API-key operations. Keys carry scopes; a missing scope answers `403`.\n"
      },
      "connectSessionToken": {
        "type": "http",
        "scheme": "bearer",
        "description": "The token of a connect session (from `connectSessions.create`). Safe to hand to a browser; only\naccepted by the operations that list it.\n"
      }
    },
    "headers": {
      "X-RateLimit-Limit": {
        "description": "Number of requests allowed in the current window.",
        "schema": {
          "type": "integer"
        }
      },
      "X-RateLimit-Remaining": {
        "description": "Number of requests left in the current window.",
        "schema": {
          "type": "integer"
        }
      },
      "X-RateLimit-Reset": {
        "description": "Time at which the current window resets, in Unix epoch seconds.",
        "schema": {
          "type": "integer"
        }
      },
      "Retry-After": {
        "description": "Seconds to wait before retrying.",
        "schema": {
          "type": "integer"
        }
      }
    },
    "parameters": {
      "AcceptLanguage": {
        "name": "Accept-Language",
        "in": "header",
        "required": false,
        "description": "Preferred language of the provider texts (standard `Accept-Language` syntax).",
        "schema": {
          "type": "string"
        }
      },
      "ProviderPath": {
        "name": "provider",
        "in": "path",
        "required": true,
        "description": "Provider name, e.g. `github`.",
        "schema": {
          "type": "string"
        }
      },
      "UniqueKeyPath": {
        "name": "uniqueKey",
        "in": "path",
        "required": true,
        "description": "Integration ID (unique key).",
        "schema": {
          "type": "string"
        }
      },
      "FunctionNamePath": {
        "name": "name",
        "in": "path",
        "required": true,
        "description": "Function name.",
        "schema": {
          "type": "string"
        }
      },
      "ConnectionIdPath": {
        "name": "connectionId",
        "in": "path",
        "required": true,
        "description": "ID of the connection, as chosen when it was created.",
        "schema": {
          "type": "string"
        }
      },
      "ProviderConfigKeyQuery": {
        "name": "provider_config_key",
        "in": "query",
        "required": true,
        "description": "Integration ID (unique key) the connection was created for.",
        "schema": {
          "type": "string"
        }
      },
      "ConnectionIdHeader": {
        "name": "Connection-Id",
        "in": "header",
        "required": true,
        "description": "ID of the connection, as chosen when it was created.",
        "schema": {
          "type": "string"
        }
      },
      "ProviderConfigKeyHeader": {
        "name": "Provider-Config-Key",
        "in": "header",
        "required": true,
        "description": "Integration ID (unique key) the connection was created for.",
        "schema": {
          "type": "string"
        }
      },
      "ForceRefresh": {
        "name": "force_refresh",
        "in": "query",
        "required": false,
        "description": "Refresh the access token even if it has not expired (default `false`).",
        "schema": {
          "type": "boolean"
        }
      },
      "RefreshToken": {
        "name": "refresh_token",
        "in": "query",
        "required": false,
        "description": "Include the refresh token in the credentials (default `false`).",
        "schema": {
          "type": "boolean"
        }
      },
      "ConnectionIdFilter": {
        "name": "connectionId",
        "in": "query",
        "required": false,
        "description": "Exact connection ID; can match one connection per integration.",
        "schema": {
          "type": "string"
        }
      },
      "ConnectionSearch": {
        "name": "search",
        "in": "query",
        "required": false,
        "description": "Partial match on the connection ID or the end-user profile.",
        "schema": {
          "type": "string"
        }
      },
      "EndUserIdFilter": {
        "name": "endUserId",
        "in": "query",
        "required": false,
        "deprecated": true,
        "description": "Deprecated end-user filter; filter on a tag such as `tags[end_user_id]` instead.",
        "schema": {
          "type": "string"
        }
      },
      "EndUserOrganizationIdFilter": {
        "name": "endUserOrganizationId",
        "in": "query",
        "required": false,
        "deprecated": true,
        "description": "Deprecated organization filter; filter on a tag such as `tags[organization_id]` instead.",
        "schema": {
          "type": "string"
        }
      },
      "TagsFilter": {
        "name": "tags",
        "in": "query",
        "required": false,
        "description": "Only return connections having all these tags, sent as `tags[key]=value`.",
        "style": "deepObject",
        "explode": true,
        "schema": {
          "$ref": "#/components/schemas/Tags"
        }
      },
      "SyncNamePath": {
        "name": "name",
        "in": "path",
        "required": true,
        "description": "Sync name.",
        "schema": {
          "type": "string"
        }
      },
      "SyncVariantPath": {
        "name": "variant",
        "in": "path",
        "required": true,
        "description": "Variant name; `base` is reserved.",
        "schema": {
          "type": "string",
          "not": {
            "const": "base"
          }
        }
      },
      "ProxyPath": {
        "name": "path",
        "in": "path",
        "required": true,
        "x-nango-raw-path": true,
        "description": "Raw path of the upstream endpoint, appended to the provider's base URL. Its slashes are kept as\nthey are (not percent-encoded), e.g. `repos/octo/hello/issues`.\n",
        "schema": {
          "type": "string"
        }
      },
      "ProxyQuery": {
        "name": "query",
        "in": "query",
        "required": false,
        "description": "Query parameters forwarded to the upstream API as they are; an array value becomes a repeated key.",
        "style": "form",
        "explode": true,
        "schema": {
          "type": "object",
          "additionalProperties": {
            "anyOf": [
              {
                "type": "string"
              },
              {
                "type": "array",
                "items": {
                  "type": "string"
                }
              }
            ]
          }
        }
      },
      "ProxyRetries": {
        "name": "Retries",
        "in": "header",
        "required": false,
        "description": "Number of retries, with exponential back-off, on network errors, 5xx and 429 (default 0).",
        "schema": {
          "type": "integer",
          "minimum": 0,
          "default": 0
        }
      },
      "ProxyRetryOn": {
        "name": "Retry-On",
        "in": "header",
        "required": false,
        "description": "Comma-separated extra status codes to retry on, e.g. `404,409`.",
        "schema": {
          "type": "string",
          "pattern": "^\\d+(,\\d+)*$"
        }
      },
      "ProxyBaseUrlOverride": {
        "name": "Base-Url-Override",
        "in": "header",
        "required": false,
        "description": "Base URL to use instead of the provider's (a URL, or empty). Can be disabled for the environment.",
        "schema": {
          "type": "string"
        }
      },
      "ProxyDecompress": {
        "name": "Decompress",
        "in": "header",
        "required": false,
        "description": "Decompress the upstream response before returning it (default `false`).",
        "schema": {
          "type": "boolean"
        }
      },
      "ProxyForwardHeadersOnRedirect": {
        "name": "Forward-Headers-On-Redirect",
        "in": "header",
        "required": false,
        "description": "Keep forwarding the request headers when the upstream API redirects.",
        "schema": {
          "type": "boolean"
        }
      }
    },
    "requestBodies": {
      "ProxyBody": {
        "required": false,
        "description": "Body forwarded to the upstream API unchanged, with its content type.",
        "content": {
          "application/json": {
            "schema": {
              "description": "Any JSON value."
            }
          },
          "application/octet-stream": {
            "schema": {
              "type": "string",
              "format": "binary"
            }
          },
          "multipart/form-data": {
            "schema": {
              "type": "object",
              "additionalProperties": true
            }
          },
          "text/plain": {
            "schema": {
              "type": "string"
            }
          }
        }
      }
    },
    "responses": {
      "BadRequest": {
        "description": "The request is invalid. Validation failures use the codes `invalid_body`, `invalid_query_params`,\n`invalid_headers` or `invalid_uri_params` and list the problems in `errors`.\n",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorResponse"
            }
          }
        }
      },
      "Unauthorized": {
        "description": "The bearer token is missing, malformed or unknown.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorResponse"
            }
          }
        }
      },
      "Forbidden": {
        "description": "The credential is valid but not allowed to do this (missing scope, wrong kind of key).",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorResponse"
            }
          }
        }
      },
      "NotFound": {
        "description": "The resource does not exist.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorResponse"
            }
          }
        }
      },
      "Conflict": {
        "description": "The request conflicts with the current state (for example a duplicate name).",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorResponse"
            }
          }
        }
      },
      "FailedDependency": {
        "description": "The connection's credentials could not be refreshed and need the end user's attention.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorResponse"
            }
          }
        }
      },
      "TooManyRequests": {
        "description": "Rate limit reached (code `too_many_request`). Wait `Retry-After` seconds.",
        "headers": {
          "Retry-After": {
            "$ref": "#/components/headers/Retry-After"
          },
          "X-RateLimit-Limit": {
            "$ref": "#/components/headers/X-RateLimit-Limit"
          },
          "X-RateLimit-Remaining": {
            "$ref": "#/components/headers/X-RateLimit-Remaining"
          },
          "X-RateLimit-Reset": {
            "$ref": "#/components/headers/X-RateLimit-Reset"
          }
        },
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorResponse"
            }
          }
        }
      },
      "ServerError": {
        "description": "Unexpected server error.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorResponse"
            }
          }
        }
      },
      "ServiceUnavailable": {
        "description": "A service needed to run the request is unavailable.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorResponse"
            }
          }
        }
      },
      "GatewayTimeout": {
        "description": "A service needed to run the request timed out.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorResponse"
            }
          }
        }
      }
    },
    "schemas": {
      "ErrorResponse": {
        "type": "object",
        "description": "Body of every Nango error answer.",
        "required": [
          "error"
        ],
        "properties": {
          "error": {
            "type": "object",
            "additionalProperties": true,
            "required": [
              "code"
            ],
            "properties": {
              "code": {
                "type": "string",
                "description": "Machine-readable error code, e.g. `invalid_body`, `unknown_connection`, `too_many_request`."
              },
              "message": {
                "type": "string",
                "description": "Human-readable explanation."
              },
              "errors": {
                "type": "array",
                "description": "Validation problems, for the `invalid_*` codes.",
                "items": {
                  "$ref": "#/components/schemas/ValidationIssue"
                }
              },
              "payload": {
                "description": "Extra data about the error; its shape depends on `code`."
              }
            }
          }
        }
      },
      "ValidationIssue": {
        "type": "object",
        "description": "One validation problem in a request.",
        "required": [
          "code",
          "message",
          "path"
        ],
        "properties": {
          "code": {
            "type": "string",
            "description": "Kind of problem, e.g. `invalid_type`."
          },
          "message": {
            "type": "string",
            "description": "Human-readable explanation."
          },
          "path": {
            "type": "array",
            "description": "Location of the offending value, e.g. `[\"syncs\", 0]`.",
            "items": {
              "type": [
                "string",
                "integer"
              ]
            }
          }
        }
      },
      "AmbiguousFunctionError": {
        "type": "object",
        "description": "Error answered when several functions share a name.",
        "required": [
          "error"
        ],
        "properties": {
          "error": {
            "type": "object",
            "additionalProperties": true,
            "required": [
              "code"
            ],
            "properties": {
              "code": {
                "type": "string",
                "enum": [
                  "ambiguous_function"
                ]
              },
              "message": {
                "type": "string"
              },
              "payload": {
                "type": "object",
                "properties": {
                  "matches": {
                    "type": "array",
                    "description": "The functions that share the name.",
                    "items": {
                      "type": "object",
                      "required": [
                        "type",
                        "name"
                      ],
                      "properties": {
                        "type": {
                          "$ref": "#/components/schemas/FunctionType"
                        },
                        "name": {
                          "type": "string"
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      },
      "ActionErrorResponse": {
        "type": "object",
        "description": "Error answered when an action fails.",
        "required": [
          "error"
        ],
        "properties": {
          "error": {
            "type": "object",
            "additionalProperties": true,
            "required": [
              "code"
            ],
            "properties": {
              "code": {
                "type": "string",
                "description": "Error code, e.g. `action_script_failure`."
              },
              "message": {
                "type": "string"
              },
              "payload": {
                "description": "Data attached to the failure by the action."
              },
              "upstream": {
                "type": "object",
                "description": "The failed provider response (424 only).",
                "properties": {
                  "status": {
                    "type": "integer",
                    "description": "Upstream HTTP status."
                  },
                  "headers": {
                    "type": "object",
                    "additionalProperties": {
                      "type": "string"
                    },
                    "description": "Selected upstream headers (content type and rate-limit headers)."
                  },
                  "body": {
                    "description": "Upstream response body."
                  }
                }
              }
            }
          }
        }
      },
      "SuccessResponse": {
        "type": "object",
        "required": [
          "success"
        ],
        "properties": {
          "success": {
            "type": "boolean",
            "description": "`true` when the operation succeeded."
          }
        }
      },
      "ActionOutput": {
        "description": "The value returned by the action; any JSON value matching its output model."
      },
      "AsyncActionResponse": {
        "type": "object",
        "required": [
          "id",
          "statusUrl"
        ],
        "properties": {
          "id": {
            "type": "string",
            "description": "ID of the queued action; pass it to `actions.getResult`."
          },
          "statusUrl": {
            "type": "string",
            "description": "Path to poll for the result, e.g. `/action/{id}`."
          }
        }
      },
      "Metadata": {
        "type": "object",
        "additionalProperties": true,
        "description": "Free-form JSON object stored on a connection."
      },
      "MetadataRequest": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "connection_id",
          "provider_config_key",
          "metadata"
        ],
        "properties": {
          "connection_id": {
            "$ref": "#/components/schemas/ConnectionIdOrIds"
          },
          "provider_config_key": {
            "type": "string",
            "description": "Integration ID (unique key) of the connections."
          },
          "metadata": {
            "$ref": "#/components/schemas/Metadata"
          }
        }
      },
      "MetadataResponse": {
        "type": "object",
        "description": "Echo of the request.",
        "required": [
          "connection_id",
          "provider_config_key",
          "metadata"
        ],
        "properties": {
          "connection_id": {
            "$ref": "#/components/schemas/ConnectionIdOrIds"
          },
          "provider_config_key": {
            "type": "string"
          },
          "metadata": {
            "$ref": "#/components/schemas/Metadata"
          }
        }
      },
      "ConnectionIdOrIds": {
        "description": "One connection ID, or several; with several, an unknown ID aborts the whole update.",
        "oneOf": [
          {
            "type": "string"
          },
          {
            "type": "array",
            "items": {
              "type": "string"
            }
          }
        ]
      },
      "Tags": {
        "type": "object",
        "description": "String tags of a connection (at most 10; keys are stored in lowercase).",
        "maxProperties": 10,
        "additionalProperties": {
          "type": "string",
          "maxLength": 255
        }
      },
      "EndUser": {
        "type": "object",
        "deprecated": true,
        "additionalProperties": false,
        "description": "Deprecated end-user profile; use `tags` instead.",
        "required": [
          "id"
        ],
        "properties": {
          "id": {
            "type": "string",
            "description": "Your ID for the end user."
          },
          "email": {
            "type": "string"
          },
          "display_name": {
            "type": "string"
          },
          "tags": {
            "type": "object",
            "description": "End-user tags (string values, at most 64 keys).",
            "additionalProperties": {
              "type": "string",
              "maxLength": 64
            }
          }
        }
      },
      "ConnectionEndUser": {
        "type": "object",
        "deprecated": true,
        "description": "Deprecated end-user profile stored on a connection.",
        "required": [
          "id"
        ],
        "properties": {
          "id": {
            "type": "string"
          },
          "email": {
            "type": [
              "string",
              "null"
            ]
          },
          "display_name": {
            "type": [
              "string",
              "null"
            ]
          },
          "tags": {
            "type": "object",
            "additionalProperties": true
          },
          "organization": {
            "oneOf": [
              {
                "type": "object",
                "required": [
                  "id"
                ],
                "properties": {
                  "id": {
                    "type": "string"
                  },
                  "display_name": {
                    "type": [
                      "string",
                      "null"
                    ]
                  }
                }
              },
              {
                "type": "null"
              }
            ]
          }
        }
      },
      "ConnectionError": {
        "type": "object",
        "description": "A problem recorded on a connection.",
        "required": [
          "type",
          "log_id"
        ],
        "properties": {
          "type": {
            "type": "string",
            "enum": [
              "auth",
              "sync"
            ],
            "description": "`auth`: the credentials are invalid; `sync`: the last sync run failed."
          },
          "log_id": {
            "type": "string",
            "description": "ID of the log entry with the details."
          }
        }
      },
      "ConnectionSummary": {
        "type": "object",
        "description": "A connection as listed, without credentials.",
        "required": [
          "id",
          "connection_id",
          "provider",
          "provider_config_key",
          "created",
          "metadata",
          "tags",
          "errors"
        ],
        "properties": {
          "id": {
            "type": "integer",
            "description": "Internal numeric ID."
          },
          "connection_id": {
            "type": "string",
            "description": "Connection ID."
          },
          "provider": {
            "type": "string",
            "description": "Provider name."
          },
          "provider_config_key": {
            "type": "string",
            "description": "Integration ID (unique key)."
          },
          "created": {
            "type": "string",
            "description": "Creation time (ISO 8601)."
          },
          "metadata": {
            "type": [
              "object",
              "null"
            ],
            "additionalProperties": true,
            "description": "Metadata stored on the connection."
          },
          "tags": {
            "$ref": "#/components/schemas/Tags"
          },
          "errors": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/ConnectionError"
            }
          },
          "end_user": {
            "deprecated": true,
            "oneOf": [
              {
                "$ref": "#/components/schemas/ConnectionEndUser"
              },
              {
                "type": "null"
              }
            ]
          }
        }
      },
      "ConnectionList": {
        "type": "object",
        "required": [
          "connections"
        ],
        "properties": {
          "connections": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/ConnectionSummary"
            }
          }
        }
      },
      "ConnectionFull": {
        "type": "object",
        "description": "A connection with its configuration and, when the key may read them, its credentials.",
        "required": [
          "id",
          "connection_id",
          "provider_config_key",
          "provider",
          "errors",
          "metadata",
          "connection_config",
          "tags",
          "created_at",
          "updated_at",
          "last_fetched_at"
        ],
        "properties": {
          "id": {
            "type": "integer",
            "description": "Internal numeric ID."
          },
          "connection_id": {
            "type": "string",
            "description": "Connection ID."
          },
          "provider_config_key": {
            "type": "string",
            "description": "Integration ID (unique key)."
          },
          "provider": {
            "type": "string",
            "description": "Provider name."
          },
          "errors": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/ConnectionError"
            }
          },
          "end_user": {
            "deprecated": true,
            "oneOf": [
              {
                "$ref": "#/components/schemas/ConnectionEndUser"
              },
              {
                "type": "null"
              }
            ]
          },
          "metadata": {
            "type": [
              "object",
              "null"
            ],
            "additionalProperties": true,
            "description": "Metadata stored on the connection."
          },
          "connection_config": {
            "type": "object",
            "additionalProperties": true,
            "description": "Provider-specific connection configuration."
          },
          "tags": {
            "$ref": "#/components/schemas/Tags"
          },
          "created_at": {
            "type": "string",
            "description": "Creation time (ISO 8601)."
          },
          "updated_at": {
            "type": "string",
            "description": "Last update time (ISO 8601)."
          },
          "last_fetched_at": {
            "type": [
              "string",
              "null"
            ],
            "description": "Last time the credentials were read (ISO 8601)."
          },
          "credentials": {
            "$ref": "#/components/schemas/AllAuthCredentials"
          }
        }
      },
      "ConnectionCredentialsInput": {
        "description": "Credentials of the imported connection; the shape depends on the provider's auth mode.",
        "anyOf": [
          {
            "$ref": "#/components/schemas/OAuth1Credentials"
          },
          {
            "$ref": "#/components/schemas/OAuth2Credentials"
          },
          {
            "$ref": "#/components/schemas/BasicApiCredentials"
          },
          {
            "$ref": "#/components/schemas/ApiKeyCredentials"
          },
          {
            "$ref": "#/components/schemas/OAuth2ClientCredentials"
          },
          {
            "$ref": "#/components/schemas/UnauthCredentialsWithType"
          },
          {
            "$ref": "#/components/schemas/TbaCredentials"
          },
          {
            "$ref": "#/components/schemas/GithubAppInstallationCredentials"
          }
        ]
      },
      "AllAuthCredentials": {
        "description": "Credentials of a connection; the shape depends on the provider's auth mode.",
        "anyOf": [
          {
            "$ref": "#/components/schemas/OAuth1CredentialsWithRaw"
          },
          {
            "$ref": "#/components/schemas/OAuth2CredentialsWithRaw"
          },
          {
            "$ref": "#/components/schemas/BasicApiCredentials"
          },
          {
            "$ref": "#/components/schemas/ApiKeyCredentials"
          },
          {
            "$ref": "#/components/schemas/AppCredentials"
          },
          {
            "$ref": "#/components/schemas/JwtCredentials"
          },
          {
            "$ref": "#/components/schemas/OAuth2ClientCredentialsWithRaw"
          },
          {
            "$ref": "#/components/schemas/AppStoreCredentialsWithRaw"
          },
          {
            "$ref": "#/components/schemas/UnauthCredentials"
          },
          {
            "$ref": "#/components/schemas/CustomCredentials"
          },
          {
            "$ref": "#/components/schemas/TbaCredentials"
          },
          {
            "$ref": "#/components/schemas/BillCredentials"
          },
          {
            "$ref": "#/components/schemas/TwoStepCredentials"
          },
          {
            "$ref": "#/components/schemas/SignatureCredentials"
          },
          {
            "$ref": "#/components/schemas/AwsSigV4Credentials"
          }
        ]
      },
      "RawTokenResponse": {
        "type": "object",
        "additionalProperties": true,
        "description": "The provider's raw token response."
      },
      "ConfigOverride": {
        "type": "object",
        "additionalProperties": false,
        "description": "OAuth client used instead of the integration's.",
        "properties": {
          "client_id": {
            "type": "string"
          },
          "client_secret": {
            "type": "string"
          }
        }
      },
      "ApiKeyCredentials": {
        "type": "object",
        "title": "API key",
        "additionalProperties": false,
        "required": [
          "type",
          "apiKey"
        ],
        "properties": {
          "type": {
            "type": "string",
            "enum": [
              "API_KEY"
            ]
          },
          "apiKey": {
            "type": "string"
          }
        }
      },
      "AppCredentials": {
        "type": "object",
        "title": "GitHub App",
        "additionalProperties": false,
        "required": [
          "type",
          "access_token",
          "raw"
        ],
        "properties": {
          "type": {
            "type": "string",
            "enum": [
              "APP"
            ]
          },
          "access_token": {
            "type": "string"
          },
          "expires_at": {
            "type": "string",
            "format": "date-time"
          },
          "raw": {
            "$ref": "#/components/schemas/RawTokenResponse"
          }
        }
      },
      "AppStoreCredentialsWithRaw": {
        "type": "object",
        "title": "App Store",
        "additionalProperties": false,
        "required": [
          "access_token",
          "private_key",
          "raw"
        ],
        "properties": {
          "type": {
            "type": "string",
            "enum": [
              "APP_STORE"
            ]
          },
          "access_token": {
            "type": "string"
          },
          "expires_at": {
            "type": "string",
            "format": "date-time"
          },
          "private_key": {
            "type": "string"
          },
          "raw": {
            "$ref": "#/components/schemas/RawTokenResponse"
          }
        }
      },
      "BasicApiCredentials": {
        "type": "object",
        "title": "Basic auth",
        "additionalProperties": false,
        "required": [
          "type",
          "username",
          "password"
        ],
        "properties": {
          "type": {
            "type": "string",
            "enum": [
              "BASIC"
            ]
          },
          "username": {
            "type": "string"
          },
          "password": {
            "type": "string"
          }
        }
      },
      "BillCredentials": {
        "type": "object",
        "title": "Bill",
        "additionalProperties": false,
        "required": [
          "type",
          "username",
          "password",
          "organization_id",
          "dev_key",
          "raw"
        ],
        "properties": {
          "type": {
            "type": "string",
            "enum": [
              "BILL"
            ]
          },
          "username": {
            "type": "string"
          },
          "password": {
            "type": "string"
          },
          "organization_id": {
            "type": "string"
          },
          "dev_key": {
            "type": "string"
          },
          "session_id": {
            "type": "string"
          },
          "user_id": {
            "type": "string"
          },
          "expires_at": {
            "type": "string",
            "format": "date-time"
          },
          "raw": {
            "$ref": "#/components/schemas/RawTokenResponse"
          }
        }
      },
      "CustomCredentials": {
        "type": "object",
        "title": "Custom",
        "additionalProperties": false,
        "required": [
          "type",
          "raw"
        ],
        "properties": {
          "type": {
            "type": "string",
            "enum": [
              "CUSTOM"
            ]
          },
          "raw": {
            "$ref": "#/components/schemas/RawTokenResponse"
          }
        }
      },
      "JwtCredentials": {
        "type": "object",
        "title": "JWT",
        "additionalProperties": false,
        "required": [
          "type",
          "privateKey"
        ],
        "properties": {
          "type": {
            "type": "string",
            "enum": [
              "JWT"
            ]
          },
          "privateKey": {
            "oneOf": [
              {
                "type": "object",
                "additionalProperties": false,
                "required": [
                  "id",
                  "secret"
                ],
                "properties": {
                  "id": {
                    "type": "string"
                  },
                  "secret": {
                    "type": "string"
                  }
                }
              },
              {
                "type": "string"
              }
            ]
          },
          "privateKeyId": {
            "type": "string"
          },
          "issuerId": {
            "type": "string"
          },
          "token": {
            "type": "string"
          },
          "expires_at": {
            "type": "string",
            "format": "date-time"
          }
        }
      },
      "OAuth1Credentials": {
        "type": "object",
        "title": "OAuth 1",
        "additionalProperties": false,
        "required": [
          "type",
          "oauth_token",
          "oauth_token_secret"
        ],
        "properties": {
          "type": {
            "type": "string",
            "enum": [
              "OAUTH1"
            ]
          },
          "oauth_token": {
            "type": "string"
          },
          "oauth_token_secret": {
            "type": "string"
          }
        }
      },
      "OAuth1CredentialsWithRaw": {
        "type": "object",
        "title": "OAuth 1 (with raw token response)",
        "additionalProperties": false,
        "required": [
          "type",
          "oauth_token",
          "oauth_token_secret",
          "raw"
        ],
        "properties": {
          "type": {
            "type": "string",
            "enum": [
              "OAUTH1"
            ]
          },
          "oauth_token": {
            "type": "string"
          },
          "oauth_token_secret": {
            "type": "string"
          },
          "raw": {
            "$ref": "#/components/schemas/RawTokenResponse"
          }
        }
      },
      "OAuth2Credentials": {
        "type": "object",
        "title": "OAuth 2",
        "additionalProperties": false,
        "required": [
          "type",
          "access_token"
        ],
        "properties": {
          "type": {
            "type": "string",
            "enum": [
              "OAUTH2"
            ]
          },
          "access_token": {
            "type": "string"
          },
          "refresh_token": {
            "type": "string"
          },
          "expires_at": {
            "type": "string",
            "format": "date-time"
          },
          "config_override": {
            "$ref": "#/components/schemas/ConfigOverride"
          }
        }
      },
      "OAuth2CredentialsWithRaw": {
        "type": "object",
        "title": "OAuth 2 (with raw token response)",
        "additionalProperties": false,
        "required": [
          "type",
          "access_token",
          "raw"
        ],
        "properties": {
          "type": {
            "type": "string",
            "enum": [
              "OAUTH2"
            ]
          },
          "access_token": {
            "type": "string"
          },
          "refresh_token": {
            "type": "string"
          },
          "expires_at": {
            "type": "string",
            "format": "date-time"
          },
          "config_override": {
            "$ref": "#/components/schemas/ConfigOverride"
          },
          "raw": {
            "$ref": "#/components/schemas/RawTokenResponse"
          }
        }
      },
      "OAuth2ClientCredentials": {
        "type": "object",
        "title": "OAuth 2 client credentials",
        "additionalProperties": false,
        "required": [
          "type",
          "client_id",
          "client_secret",
          "token"
        ],
        "properties": {
          "type": {
            "type": "string",
            "enum": [
              "OAUTH2_CC"
            ]
          },
          "client_id": {
            "type": "string"
          },
          "client_secret": {
            "type": "string"
          },
          "token": {
            "type": "string"
          },
          "expires_at": {
            "type": "string",
            "format": "date-time"
          }
        }
      },
      "OAuth2ClientCredentialsWithRaw": {
        "type": "object",
        "title": "OAuth 2 client credentials (with raw token response)",
        "additionalProperties": false,
        "required": [
          "type",
          "client_id",
          "client_secret",
          "token",
          "raw"
        ],
        "properties": {
          "type": {
            "type": "string",
            "enum": [
              "OAUTH2_CC"
            ]
          },
          "client_id": {
            "type": "string"
          },
          "client_secret": {
            "type": "string"
          },
          "token": {
            "type": "string"
          },
          "expires_at": {
            "type": "string",
            "format": "date-time"
          },
          "raw": {
            "$ref": "#/components/schemas/RawTokenResponse"
          }
        }
      },
      "SignatureCredentials": {
        "type": "object",
        "title": "Signature",
        "additionalProperties": false,
        "required": [
          "type",
          "username",
          "password"
        ],
        "properties": {
          "type": {
            "type": "string",
            "enum": [
              "SIGNATURE"
            ]
          },
          "username": {
            "type": "string"
          },
          "password": {
            "type": "string"
          },
          "token": {
            "type": "string"
          },
          "expires_at": {
            "type": "string",
            "format": "date-time"
          }
        }
      },
      "TbaCredentials": {
        "type": "object",
        "title": "TBA",
        "additionalProperties": false,
        "required": [
          "type",
          "token_id",
          "token_secret",
          "config_override"
        ],
        "properties": {
          "type": {
            "type": "string",
            "enum": [
              "TBA"
            ]
          },
          "token_id": {
            "type": "string"
          },
          "token_secret": {
            "type": "string"
          },
          "config_override": {
            "$ref": "#/components/schemas/ConfigOverride"
          }
        }
      },
      "AwsSigV4Credentials": {
        "type": "object",
        "title": "AWS SigV4",
        "description": "An IAM role that Nango assumes to sign requests with AWS Signature Version 4.",
        "additionalProperties": true,
        "required": [
          "type",
          "role_arn",
          "region"
        ],
        "properties": {
          "type": {
            "type": "string",
            "enum": [
              "AWS_SIGV4"
            ]
          },
          "role_arn": {
            "type": "string",
            "description": "ARN of the IAM role to assume."
          },
          "region": {
            "type": "string",
            "description": "AWS region the requests are signed for."
          }
        }
      },
      "TwoStepCredentials": {
        "type": "object",
        "title": "Two-step",
        "additionalProperties": false,
        "required": [
          "type",
          "raw"
        ],
        "properties": {
          "type": {
            "type": "string",
            "enum": [
              "TWO_STEP"
            ]
          },
          "token": {
            "type": "string"
          },
          "expires_at": {
            "type": "string",
            "format": "date-time"
          },
          "raw": {
            "$ref": "#/components/schemas/RawTokenResponse"
          }
        }
      },
      "UnauthCredentials": {
        "type": "object",
        "title": "No credentials",
        "additionalProperties": false,
        "maxProperties": 0,
        "description": "Empty object (provider without authentication)."
      },
      "UnauthCredentialsWithType": {
        "type": "object",
        "title": "No credentials",
        "additionalProperties": false,
        "required": [
          "type"
        ],
        "properties": {
          "type": {
            "type": "string",
            "enum": [
              "NONE"
            ]
          }
        }
      },
      "GithubAppInstallationCredentials": {
        "type": "object",
        "title": "GitHub App installation",
        "additionalProperties": false,
        "required": [
          "type",
          "app_id",
          "installation_id"
        ],
        "properties": {
          "type": {
            "type": "string",
            "enum": [
              "APP"
            ]
          },
          "app_id": {
            "type": "string"
          },
          "installation_id": {
            "type": "string"
          }
        }
      },
      "NangoRecord": {
        "type": "object",
        "additionalProperties": true,
        "description": "A stored record; its own fields follow the sync's model.",
        "required": [
          "_nango_metadata"
        ],
        "properties": {
          "_nango_metadata": {
            "$ref": "#/components/schemas/RecordMetadata"
          }
        }
      },
      "RecordMetadata": {
        "type": "object",
        "description": "Bookkeeping Nango keeps for each record.",
        "required": [
          "deleted_at",
          "last_action",
          "first_seen_at",
          "last_modified_at",
          "cursor"
        ],
        "properties": {
          "deleted_at": {
            "type": [
              "string",
              "null"
            ],
            "format": "date-time",
            "description": "When Nango saw the record disappear, or `null`."
          },
          "last_action": {
            "type": "string",
            "enum": [
              "ADDED",
              "UPDATED",
              "DELETED"
            ],
            "description": "Last change seen on the record."
          },
          "first_seen_at": {
            "type": "string",
            "format": "date-time",
            "description": "When Nango first saw the record."
          },
          "last_modified_at": {
            "type": "string",
            "format": "date-time",
            "description": "When Nango last saw the record change."
          },
          "cursor": {
            "type": "string",
            "description": "Position of the record; pass it as `cursor` to read the records changed after it."
          },
          "pruned_at": {
            "type": [
              "string",
              "null"
            ],
            "format": "date-time",
            "description": "When the record's payload was pruned, or `null`."
          }
        }
      },
      "SyncSelection": {
        "description": "Syncs to act on, by name, or as `{name, variant}` objects.",
        "oneOf": [
          {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          {
            "type": "array",
            "items": {
              "type": "object",
              "additionalProperties": false,
              "required": [
                "name"
              ],
              "properties": {
                "name": {
                  "type": "string",
                  "description": "Sync name."
                },
                "variant": {
                  "type": "string",
                  "description": "Variant name (default `base`)."
                }
              }
            }
          }
        ]
      },
      "SyncCommandRequest": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "provider_config_key",
          "syncs"
        ],
        "properties": {
          "provider_config_key": {
            "type": "string",
            "description": "Integration ID (unique key)."
          },
          "connection_id": {
            "type": "string",
            "description": "Connection to act on; all connections of the integration when omitted."
          },
          "syncs": {
            "$ref": "#/components/schemas/SyncSelection"
          }
        }
      },
      "SyncVariantRequest": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "provider_config_key",
          "connection_id"
        ],
        "properties": {
          "provider_config_key": {
            "type": "string",
            "description": "Integration ID (unique key)."
          },
          "connection_id": {
            "type": "string",
            "description": "Connection the variant belongs to."
          }
        }
      },
      "SyncStatus": {
        "type": "object",
        "description": "Status of one sync for one connection.",
        "required": [
          "id",
          "connection_id",
          "name",
          "variant",
          "status"
        ],
        "properties": {
          "id": {
            "type": "string",
            "description": "Sync ID."
          },
          "connection_id": {
            "type": "string",
            "description": "Connection ID."
          },
          "name": {
            "type": "string",
            "description": "Sync name."
          },
          "variant": {
            "type": "string",
            "description": "Variant name."
          },
          "status": {
            "type": "string",
            "enum": [
              "RUNNING",
              "PAUSED",
              "STOPPED",
              "SUCCESS",
              "ERROR"
            ],
            "description": "Current state."
          },
          "type": {
            "type": [
              "string",
              "null"
            ],
            "enum": [
              "INCREMENTAL",
              "INITIAL",
              null
            ],
            "deprecated": true,
            "description": "Kind of the last completed run."
          },
          "finishedAt": {
            "type": [
              "string",
              "null"
            ],
            "description": "End of the last completed run (ISO 8601)."
          },
          "nextScheduledSyncAt": {
            "type": [
              "string",
              "null"
            ],
            "description": "Next scheduled run (ISO 8601)."
          },
          "frequency": {
            "type": [
              "string",
              "null"
            ],
            "description": "Schedule of the sync."
          },
          "latestResult": {
            "type": [
              "object",
              "null"
            ],
            "description": "Records added, updated and deleted per model by the last run.",
            "additionalProperties": true
          },
          "recordCount": {
            "type": [
              "object",
              "null"
            ],
            "description": "Number of stored records per model.",
            "additionalProperties": {
              "type": "integer"
            }
          },
          "checkpoint": {
            "type": [
              "object",
              "null"
            ],
            "additionalProperties": true,
            "description": "Last checkpoint saved by the sync, or `null`."
          }
        }
      },
      "Provider": {
        "description": "A provider of the catalog. OAuth 1 and OAuth 2 providers carry extra fields.",
        "anyOf": [
          {
            "$ref": "#/components/schemas/ProviderOAuth2"
          },
          {
            "$ref": "#/components/schemas/ProviderOAuth1"
          },
          {
            "$ref": "#/components/schemas/BaseProvider"
          }
        ]
      },
      "BaseProvider": {
        "type": "object",
        "additionalProperties": true,
        "description": "Fields common to all providers.",
        "required": [
          "name",
          "display_name",
          "auth_mode",
          "docs"
        ],
        "properties": {
          "name": {
            "type": "string",
            "description": "Provider name, used as `provider` elsewhere."
          },
          "display_name": {
            "type": "string"
          },
          "logo_url": {
            "type": "string",
            "description": "URL of the provider logo."
          },
          "auth_mode": {
            "type": "string",
            "description": "How connections to this provider authenticate.",
            "enum": [
              "OAUTH1",
              "OAUTH2",
              "OAUTH2_CC",
              "MCP_OAUTH2",
              "MCP_OAUTH2_GENERIC",
              "BASIC",
              "API_KEY",
              "APP_STORE",
              "CUSTOM",
              "APP",
              "NONE",
              "TBA",
              "JWT",
              "BILL",
              "TWO_STEP",
              "SIGNATURE",
              "INSTALL_PLUGIN",
              "AWS_SIGV4"
            ]
          },
          "proxy": {
            "$ref": "#/components/schemas/ProviderProxy"
          },
          "authorization_url": {
            "type": "string"
          },
          "authorization_url_encode": {
            "type": "boolean"
          },
          "access_token_url": {
            "type": "string"
          },
          "token_url_encode": {
            "type": "boolean"
          },
          "authorization_params": {
            "type": "object",
            "additionalProperties": true
          },
          "scope_separator": {
            "type": "string"
          },
          "default_scopes": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "token_url": {
            "anyOf": [
              {
                "type": "string"
              },
              {
                "$ref": "#/components/schemas/TokenUrlObject"
              }
            ]
          },
          "token_params": {
            "type": "object",
            "additionalProperties": true
          },
          "authorization_url_replacements": {
            "type": "object",
            "additionalProperties": true
          },
          "authorization_url_fragment": {
            "type": "string"
          },
          "redirect_uri_metadata": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "token_response_metadata": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "docs": {
            "type": "string",
            "description": "URL of Nango's documentation page for the provider."
          },
          "token_expiration_buffer": {
            "type": "number"
          },
          "webhook_routing_script": {
            "type": "string"
          },
          "webhook_user_defined_secret": {
            "type": "boolean"
          },
          "post_connection_script": {
            "type": "string"
          },
          "pre_connection_deletion_script": {
            "type": "string"
          },
          "categories": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "connection_configuration": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "connection_config": {
            "type": "object",
            "description": "Inputs the end user fills in, keyed by field name.",
            "additionalProperties": {
              "$ref": "#/components/schemas/SimplifiedJSONSchema"
            }
          },
          "credentials": {
            "type": "object",
            "description": "Credential inputs, keyed by field name.",
            "additionalProperties": {
              "$ref": "#/components/schemas/SimplifiedJSONSchema"
            }
          }
        }
      },
      "ProviderProxy": {
        "type": "object",
        "additionalProperties": true,
        "description": "How the proxy talks to the provider.",
        "required": [
          "base_url"
        ],
        "properties": {
          "base_url": {
            "type": "string"
          },
          "headers": {
            "type": "object",
            "additionalProperties": {
              "type": "string"
            }
          },
          "query": {
            "type": "object",
            "additionalProperties": true,
            "properties": {
              "api_key": {
                "type": "string"
              }
            }
          },
          "retry": {
            "type": "object",
            "additionalProperties": true,
            "description": "Where the proxy finds out when a rate-limited request may be retried.",
            "properties": {
              "at": {
                "description": "Response header (or headers, tried in order) holding the time at which to retry.",
                "$ref": "#/components/schemas/HeaderNameOrList"
              },
              "after": {
                "description": "Response header (or headers, tried in order) holding how long to wait before retrying.",
                "$ref": "#/components/schemas/HeaderNameOrList"
              },
              "remaining": {
                "type": "string",
                "description": "Response header holding how many requests are left in the current window."
              },
              "error_code": {
                "type": "array",
                "description": "Statuses treated as rate limiting, as strings; `5xx` stands for every server error.",
                "items": {
                  "type": "string"
                }
              },
              "in_body": {
                "type": "object",
                "additionalProperties": true,
                "description": "Reads the retry time from the response body instead of a header.",
                "required": [
                  "path",
                  "value"
                ],
                "properties": {
                  "path": {
                    "type": "string",
                    "description": "Dotted path of the body field to read."
                  },
                  "value": {
                    "type": "string",
                    "description": "Regular expression (between slashes) whose first group is the retry time."
                  },
                  "strategy": {
                    "type": "string",
                    "description": "Whether the captured value is a time (`at`) or a delay (`after`)."
                  }
                }
              }
            }
          },
          "decompress": {
            "type": "boolean"
          },
          "paginate": {
            "type": "object",
            "description": "Default pagination settings for the provider (cursor, link or offset based).",
            "additionalProperties": true,
            "properties": {
              "type": {
                "type": "string",
                "enum": [
                  "cursor",
                  "link",
                  "offset"
                ]
              }
            }
          },
          "verification": {
            "type": "object",
            "additionalProperties": true,
            "description": "Requests that check new credentials; the first endpoint that answers with success confirms them.",
            "required": [
              "endpoints"
            ],
            "properties": {
              "method": {
                "type": "string",
                "description": "HTTP method of the check; `GET` when omitted."
              },
              "endpoints": {
                "type": "array",
                "minItems": 1,
                "description": "Paths to try, relative to the base URL; they may hold `${...}` placeholders.",
                "items": {
                  "type": "string"
                }
              },
              "data": {
                "description": "Body sent with the check request."
              },
              "base_url_override": {
                "type": "string"
              },
              "headers": {
                "type": "object",
                "additionalProperties": {
                  "type": "string"
                }
              }
            }
          }
        }
      },
      "HeaderNameOrList": {
        "description": "One header name, or several tried in order.",
        "anyOf": [
          {
            "type": "string"
          },
          {
            "type": "array",
            "items": {
              "type": "string"
            }
          }
        ]
      },
      "TokenUrlObject": {
        "type": "object",
        "description": "Token URL per auth mode.",
        "additionalProperties": {
          "type": "string"
        },
        "properties": {
          "OAUTH1": {
            "type": "string"
          },
          "OAUTH2": {
            "type": "string"
          },
          "OAUTH2CC": {
            "type": "string"
          },
          "BASIC": {
            "type": "string"
          },
          "API_KEY": {
            "type": "string"
          },
          "APP_STORE": {
            "type": "string"
          },
          "CUSTOM": {
            "type": "string"
          },
          "APP": {
            "type": "string"
          },
          "NONE": {
            "type": "string"
          }
        }
      },
      "SimplifiedJSONSchema": {
        "type": "object",
        "additionalProperties": true,
        "description": "Description of one input field.",
        "required": [
          "type",
          "title",
          "description"
        ],
        "properties": {
          "type": {
            "type": "string"
          },
          "title": {
            "type": "string"
          },
          "description": {
            "type": "string"
          },
          "example": {
            "type": "string"
          },
          "pattern": {
            "type": "string"
          },
          "format": {
            "type": "string"
          }
        }
      },
      "ProviderOAuth2": {
        "description": "A provider whose connections obtain OAuth 2 tokens (including client-credentials, MCP and custom flows).",
        "allOf": [
          {
            "$ref": "#/components/schemas/BaseProvider"
          },
          {
            "type": "object",
            "additionalProperties": true,
            "required": [
              "auth_mode"
            ],
            "properties": {
              "auth_mode": {
                "type": "string",
                "enum": [
                  "OAUTH2",
                  "OAUTH2_CC",
                  "MCP_OAUTH2",
                  "MCP_OAUTH2_GENERIC",
                  "CUSTOM"
                ]
              },
              "token_params": {
                "type": "object",
                "additionalProperties": true,
                "properties": {
                  "grant_type": {
                    "type": "string",
                    "description": "Grant sent to the token URL: usually `authorization_code` or `client_credentials`; some providers use `password`, `refresh_token`, an extension grant URI or a provider-specific value."
                  }
                }
              },
              "disable_pkce": {
                "type": "boolean"
              },
              "refresh_params": {
                "type": "object",
                "additionalProperties": true,
                "properties": {
                  "grant_type": {
                    "type": "string",
                    "enum": [
                      "refresh_token"
                    ]
                  }
                }
              },
              "authorization_method": {
                "type": "string",
                "enum": [
                  "body",
                  "header"
                ]
              },
              "body_format": {
                "type": "string",
                "description": "How the token request carries its parameters.",
                "enum": [
                  "form",
                  "json",
                  "query",
                  "xml"
                ]
              },
              "refresh_url": {
                "type": "string"
              },
              "expires_in_unit": {
                "type": "string",
                "enum": [
                  "milliseconds"
                ]
              },
              "token_request_auth_method": {
                "type": "string",
                "description": "How the client authenticates to the token URL when not through body parameters.",
                "enum": [
                  "basic",
                  "custom",
                  "private_key_jwt"
                ]
              }
            }
          }
        ]
      },
      "ProviderOAuth1": {
        "description": "An OAuth 1 provider.",
        "allOf": [
          {
            "$ref": "#/components/schemas/BaseProvider"
          },
          {
            "type": "object",
            "additionalProperties": true,
            "required": [
              "auth_mode",
              "request_url",
              "signature_method"
            ],
            "properties": {
              "auth_mode": {
                "type": "string",
                "enum": [
                  "OAUTH1"
                ]
              },
              "request_url": {
                "type": "string"
              },
              "request_params": {
                "type": "object",
                "additionalProperties": true
              },
              "request_http_method": {
                "type": "string",
                "enum": [
                  "GET",
                  "PUT",
                  "POST"
                ]
              },
              "token_http_method": {
                "type": "string",
                "enum": [
                  "GET",
                  "PUT",
                  "POST"
                ]
              },
              "signature_method": {
                "type": "string",
                "enum": [
                  "HMAC-SHA1",
                  "RSA-SHA1",
                  "PLAINTEXT"
                ]
              }
            }
          }
        ]
      },
      "Integration": {
        "type": "object",
        "description": "An integration.",
        "required": [
          "unique_key",
          "display_name",
          "provider",
          "created_at",
          "updated_at"
        ],
        "properties": {
          "unique_key": {
            "type": "string",
            "description": "Integration ID."
          },
          "display_name": {
            "type": "string",
            "description": "Display name."
          },
          "provider": {
            "type": "string",
            "description": "Provider name."
          },
          "logo": {
            "type": "string",
            "description": "URL of the provider logo (SVG)."
          },
          "forward_webhooks": {
            "type": "boolean",
            "description": "Whether provider webhooks are forwarded to your webhook URL."
          },
          "created_at": {
            "type": "string",
            "format": "date-time"
          },
          "updated_at": {
            "type": "string",
            "format": "date-time"
          }
        }
      },
      "IntegrationFull": {
        "type": "object",
        "description": "An integration, with the extras asked for through `include`.",
        "required": [
          "unique_key",
          "display_name",
          "provider",
          "created_at",
          "updated_at"
        ],
        "properties": {
          "unique_key": {
            "type": "string",
            "description": "Integration ID."
          },
          "display_name": {
            "type": "string",
            "description": "Display name."
          },
          "provider": {
            "type": "string",
            "description": "Provider name."
          },
          "logo": {
            "type": "string",
            "description": "URL of the provider logo (SVG)."
          },
          "forward_webhooks": {
            "type": "boolean",
            "description": "Whether provider webhooks are forwarded to your webhook URL."
          },
          "created_at": {
            "type": "string",
            "format": "date-time"
          },
          "updated_at": {
            "type": "string",
            "format": "date-time"
          },
          "webhook_url": {
            "type": [
              "string",
              "null"
            ],
            "description": "URL to register at the provider for its webhooks (with `include=webhook`)."
          },
          "credentials": {
            "description": "OAuth or app credentials of the integration (with `include=credentials`).",
            "oneOf": [
              {
                "$ref": "#/components/schemas/IntegrationCredentials"
              },
              {
                "type": "null"
              }
            ]
          }
        }
      },
      "IntegrationConfig": {
        "type": "object",
        "description": "Provider-specific settings, for providers that declare an `integration_config` schema (for example\n`aws-sigv4`). Keys and values are checked against that schema; on update only the keys sent change.\n",
        "additionalProperties": {
          "type": "string"
        }
      },
      "IntegrationCustomConfig": {
        "type": "object",
        "description": "Custom string settings of the integration, for providers that use them.",
        "additionalProperties": {
          "type": "string"
        }
      },
      "IntegrationCredentials": {
        "description": "Developer-app credentials of an integration; the shape depends on `type`.",
        "oneOf": [
          {
            "type": "object",
            "title": "OAuth client",
            "additionalProperties": false,
            "required": [
              "type",
              "client_id",
              "client_secret"
            ],
            "properties": {
              "type": {
                "type": "string",
                "enum": [
                  "OAUTH1",
                  "OAUTH2",
                  "TBA"
                ]
              },
              "client_id": {
                "type": "string",
                "minLength": 1,
                "maxLength": 255
              },
              "client_secret": {
                "type": "string",
                "minLength": 1
              },
              "scopes": {
                "type": [
                  "string",
                  "null"
                ],
                "pattern": "^[0-9a-zA-Z:/_.-]+(,[0-9a-zA-Z:/_.-]+)*$",
                "description": "Comma-separated OAuth scopes."
              },
              "webhook_secret": {
                "type": [
                  "string",
                  "null"
                ],
                "maxLength": 255,
                "description": "Secret used to verify the provider's webhooks."
              }
            }
          },
          {
            "type": "object",
            "title": "GitHub App",
            "additionalProperties": false,
            "required": [
              "type",
              "app_id",
              "app_link",
              "private_key"
            ],
            "properties": {
              "type": {
                "type": "string",
                "enum": [
                  "APP"
                ]
              },
              "app_id": {
                "type": "string",
                "minLength": 1,
                "maxLength": 255
              },
              "app_link": {
                "type": "string",
                "minLength": 1
              },
              "private_key": {
                "type": "string",
                "pattern": "^-----BEGIN RSA PRIVATE KEY----.*-----END RSA PRIVATE KEY-----$"
              }
            }
          },
          {
            "type": "object",
            "title": "GitHub App with OAuth",
            "additionalProperties": false,
            "required": [
              "type",
              "client_id",
              "client_secret",
              "app_id",
              "app_link",
              "private_key"
            ],
            "properties": {
              "type": {
                "type": "string",
                "enum": [
                  "CUSTOM"
                ]
              },
              "client_id": {
                "type": "string",
                "minLength": 1,
                "maxLength": 255
              },
              "client_secret": {
                "type": "string",
                "minLength": 1
              },
              "app_id": {
                "type": "string",
                "minLength": 1,
                "maxLength": 255
              },
              "app_link": {
                "type": "string",
                "minLength": 1
              },
              "private_key": {
                "type": "string",
                "pattern": "^-----BEGIN RSA PRIVATE KEY----.*-----END RSA PRIVATE KEY-----$"
              }
            }
          }
        ]
      },
      "FunctionType": {
        "type": "string",
        "description": "Kind of function.",
        "enum": [
          "sync",
          "action",
          "on-event"
        ]
      },
      "RunnableFunctionType": {
        "type": "string",
        "description": "Kind of function that can be run or deployed.",
        "enum": [
          "action",
          "sync"
        ]
      },
      "DeployedMeta": {
        "type": "object",
        "description": "Deployment data of a deployed function.",
        "required": [
          "id",
          "enabled",
          "last_deployed",
          "source"
        ],
        "properties": {
          "id": {
            "type": "number"
          },
          "enabled": {
            "type": "boolean"
          },
          "last_deployed": {
            "type": "string",
            "format": "date-time"
          },
          "source": {
            "type": "string",
            "enum": [
              "catalog",
              "standalone",
              "repo"
            ],
            "description": "`catalog`: a template; `standalone`: deployed through the API; `repo`: deployed by `nango deploy`."
          }
        }
      },
      "NangoSyncFunction": {
        "type": "object",
        "description": "A sync function.",
        "required": [
          "name",
          "type",
          "returns",
          "json_schema",
          "runs",
          "auto_start",
          "track_deletes"
        ],
        "properties": {
          "name": {
            "type": "string"
          },
          "description": {
            "type": "string"
          },
          "scopes": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "type": {
            "type": "string",
            "enum": [
              "sync"
            ]
          },
          "input": {
            "type": "string",
            "description": "Name of the metadata model."
          },
          "returns": {
            "type": "array",
            "description": "Names of the models the sync stores.",
            "items": {
              "type": "string"
            }
          },
          "json_schema": {
            "type": [
              "object",
              "null"
            ],
            "additionalProperties": true,
            "description": "JSON Schema of the models."
          },
          "runs": {
            "type": [
              "string",
              "null"
            ],
            "description": "Schedule, e.g. `every day`."
          },
          "auto_start": {
            "type": "boolean"
          },
          "track_deletes": {
            "type": "boolean"
          }
        }
      },
      "NangoActionFunction": {
        "type": "object",
        "description": "An action function.",
        "required": [
          "name",
          "type",
          "returns",
          "json_schema"
        ],
        "properties": {
          "name": {
            "type": "string"
          },
          "description": {
            "type": "string"
          },
          "scopes": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "type": {
            "type": "string",
            "enum": [
              "action"
            ]
          },
          "input": {
            "type": "string",
            "description": "Name of the input model."
          },
          "returns": {
            "type": "array",
            "description": "Names of the output models.",
            "items": {
              "type": "string"
            }
          },
          "json_schema": {
            "type": [
              "object",
              "null"
            ],
            "additionalProperties": true,
            "description": "JSON Schema of the models."
          }
        }
      },
      "NangoOnEventFunction": {
        "type": "object",
        "description": "A function run on a connection event.",
        "required": [
          "name",
          "type",
          "event"
        ],
        "properties": {
          "name": {
            "type": "string"
          },
          "description": {
            "type": "string"
          },
          "scopes": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "type": {
            "type": "string",
            "enum": [
              "on-event"
            ]
          },
          "event": {
            "type": "string",
            "enum": [
              "post-connection-creation",
              "pre-connection-deletion",
              "validate-connection"
            ]
          }
        }
      },
      "ProviderTemplateFunction": {
        "description": "A template sync or action from the provider catalog.",
        "oneOf": [
          {
            "$ref": "#/components/schemas/NangoSyncFunction"
          },
          {
            "$ref": "#/components/schemas/NangoActionFunction"
          }
        ]
      },
      "DeployedNangoFunction": {
        "description": "A deployed function with its deployment data.",
        "oneOf": [
          {
            "title": "Sync",
            "allOf": [
              {
                "$ref": "#/components/schemas/NangoSyncFunction"
              },
              {
                "$ref": "#/components/schemas/DeployedMeta"
              }
            ]
          },
          {
            "title": "Action",
            "allOf": [
              {
                "$ref": "#/components/schemas/NangoActionFunction"
              },
              {
                "$ref": "#/components/schemas/DeployedMeta"
              }
            ]
          },
          {
            "title": "OnEvent",
            "allOf": [
              {
                "$ref": "#/components/schemas/NangoOnEventFunction"
              },
              {
                "$ref": "#/components/schemas/DeployedMeta"
              }
            ]
          }
        ]
      },
      "FunctionCompileRequest": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "code"
        ],
        "properties": {
          "code": {
            "type": "string",
            "minLength": 1,
            "description": "TypeScript source of the function."
          }
        }
      },
      "FunctionCompileResponse": {
        "type": "object",
        "required": [
          "bundle_size_bytes",
          "bundled_js",
          "compiled_at"
        ],
        "properties": {
          "bundle_size_bytes": {
            "type": "integer",
            "minimum": 0
          },
          "bundled_js": {
            "type": "string",
            "description": "The bundled JavaScript."
          },
          "compiled_at": {
            "type": "string",
            "format": "date-time"
          }
        }
      },
      "FunctionDryrunRequest": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "integration_id",
          "function_type",
          "code",
          "connection_id"
        ],
        "properties": {
          "integration_id": {
            "type": "string",
            "description": "Integration ID (unique key)."
          },
          "function_type": {
            "$ref": "#/components/schemas/RunnableFunctionType"
          },
          "code": {
            "type": "string",
            "minLength": 1,
            "description": "TypeScript source of the function."
          },
          "connection_id": {
            "type": "string",
            "description": "Connection to run against."
          },
          "input": {
            "description": "Input passed to an action, any JSON value."
          },
          "metadata": {
            "type": "object",
            "additionalProperties": true,
            "description": "Connection metadata seen by the function during the run."
          },
          "checkpoint": {
            "type": "object",
            "additionalProperties": true,
            "description": "Checkpoint seen by a sync during the run."
          },
          "last_sync_date": {
            "type": "string",
            "format": "date-time",
            "description": "Last sync date seen by a sync during the run."
          }
        }
      },
      "FunctionRunStatus": {
        "type": "string",
        "description": "State of a dry run or deployment.",
        "enum": [
          "waiting",
          "running",
          "success",
          "failed"
        ]
      },
      "FunctionRunError": {
        "type": "object",
        "description": "Why a dry run or deployment failed.",
        "required": [
          "code",
          "message"
        ],
        "properties": {
          "code": {
            "type": "string"
          },
          "message": {
            "type": "string"
          },
          "payload": {
            "description": "Extra data about the failure."
          }
        }
      },
      "FunctionDryrunCreateResponse": {
        "type": "object",
        "required": [
          "id",
          "status",
          "created_at"
        ],
        "properties": {
          "id": {
            "type": "string",
            "format": "uuid",
            "description": "Dry-run ID, for `functions.getDryrun`."
          },
          "status": {
            "type": "string",
            "enum": [
              "waiting",
              "running"
            ]
          },
          "created_at": {
            "type": "string",
            "format": "date-time"
          }
        }
      },
      "FunctionDryrunResponse": {
        "type": "object",
        "required": [
          "id",
          "status",
          "integration_id",
          "function_type",
          "created_at",
          "updated_at"
        ],
        "properties": {
          "id": {
            "type": "string",
            "format": "uuid"
          },
          "status": {
            "$ref": "#/components/schemas/FunctionRunStatus"
          },
          "integration_id": {
            "type": "string"
          },
          "function_type": {
            "$ref": "#/components/schemas/RunnableFunctionType"
          },
          "created_at": {
            "type": "string",
            "format": "date-time"
          },
          "updated_at": {
            "type": "string",
            "format": "date-time"
          },
          "started_at": {
            "type": "string",
            "format": "date-time"
          },
          "completed_at": {
            "type": "string",
            "format": "date-time"
          },
          "duration_ms": {
            "type": "integer",
            "minimum": 0
          },
          "output": {
            "type": "string",
            "description": "Log output of the run."
          },
          "result": {
            "description": "Value returned by the function, if any."
          },
          "error": {
            "$ref": "#/components/schemas/FunctionRunError"
          }
        }
      },
      "FunctionDeploymentRequest": {
        "description": "What to deploy, chosen by `type`.",
        "oneOf": [
          {
            "$ref": "#/components/schemas/FunctionDeploymentCodeRequest"
          },
          {
            "$ref": "#/components/schemas/FunctionDeploymentTemplateRequest"
          }
        ],
        "discriminator": {
          "propertyName": "type",
          "mapping": {
            "function": "#/components/schemas/FunctionDeploymentCodeRequest",
            "template": "#/components/schemas/FunctionDeploymentTemplateRequest"
          }
        }
      },
      "FunctionDeploymentCodeRequest": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "type",
          "integration_id",
          "function_name",
          "function_type",
          "code"
        ],
        "properties": {
          "type": {
            "type": "string",
            "enum": [
              "function"
            ],
            "description": "Deploy the submitted source code."
          },
          "integration_id": {
            "type": "string",
            "description": "Integration ID (unique key)."
          },
          "function_name": {
            "type": "string",
            "description": "Name of the sync or action."
          },
          "function_type": {
            "$ref": "#/components/schemas/RunnableFunctionType"
          },
          "code": {
            "type": "string",
            "minLength": 1,
            "description": "TypeScript source of the function."
          },
          "version": {
            "type": "string",
            "description": "Version label of this deployment."
          },
          "allow_destructive": {
            "type": "boolean",
            "description": "Allow replacing an existing standalone function of the same name."
          }
        }
      },
      "FunctionDeploymentTemplateRequest": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "type",
          "integration_id",
          "template"
        ],
        "properties": {
          "type": {
            "type": "string",
            "enum": [
              "template"
            ],
            "description": "Deploy a catalog template."
          },
          "integration_id": {
            "type": "string",
            "description": "Integration ID (unique key)."
          },
          "template": {
            "type": "string",
            "description": "Template name, as listed by `providers.listTemplates`."
          },
          "function_type": {
            "$ref": "#/components/schemas/RunnableFunctionType"
          }
        }
      },
      "FunctionDeploymentResponse": {
        "type": "object",
        "required": [
          "id",
          "status",
          "created_at"
        ],
        "properties": {
          "id": {
            "type": "string",
            "description": "Deployment ID, for `functions.getDeployment`."
          },
          "status": {
            "$ref": "#/components/schemas/FunctionRunStatus"
          },
          "created_at": {
            "type": "string",
            "format": "date-time"
          }
        }
      },
      "FunctionDeploymentResultResponse": {
        "type": "object",
        "required": [
          "id",
          "status",
          "integration_id",
          "function_name",
          "function_type",
          "created_at",
          "updated_at"
        ],
        "properties": {
          "id": {
            "type": "string",
            "format": "uuid"
          },
          "status": {
            "$ref": "#/components/schemas/FunctionRunStatus"
          },
          "integration_id": {
            "type": "string"
          },
          "function_name": {
            "type": "string"
          },
          "function_type": {
            "$ref": "#/components/schemas/RunnableFunctionType"
          },
          "created_at": {
            "type": "string",
            "format": "date-time"
          },
          "updated_at": {
            "type": "string",
            "format": "date-time"
          },
          "started_at": {
            "type": "string",
            "format": "date-time"
          },
          "completed_at": {
            "type": "string",
            "format": "date-time"
          },
          "duration_ms": {
            "type": "integer",
            "minimum": 0
          },
          "deployed": {
            "type": "boolean",
            "description": "Whether any function changed."
          },
          "deployed_functions": {
            "type": "array",
            "description": "Functions changed by the deployment.",
            "items": {
              "type": "object",
              "required": [
                "name",
                "version"
              ],
              "properties": {
                "name": {
                  "type": "string"
                },
                "version": {
                  "type": "string"
                }
              }
            }
          },
          "output": {
            "type": "string",
            "description": "Log output of the deployment."
          },
          "error": {
            "$ref": "#/components/schemas/FunctionRunError"
          }
        }
      },
      "IntegrationScriptsConfig": {
        "type": "object",
        "description": "Functions deployed to one integration.",
        "required": [
          "providerConfigKey",
          "provider",
          "syncs",
          "actions",
          "on-events"
        ],
        "properties": {
          "providerConfigKey": {
            "type": "string",
            "description": "Integration ID (unique key)."
          },
          "provider": {
            "type": "string",
            "description": "Provider name."
          },
          "syncs": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/ScriptConfig"
            }
          },
          "actions": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/ScriptConfig"
            }
          },
          "on-events": {
            "type": "array",
            "description": "Names of the on-event functions.",
            "items": {
              "type": "string"
            }
          }
        }
      },
      "ScriptConfig": {
        "type": "object",
        "description": "Configuration of one deployed sync or action.",
        "required": [
          "name",
          "type"
        ],
        "properties": {
          "id": {
            "type": "number"
          },
          "name": {
            "type": "string"
          },
          "type": {
            "type": "string",
            "enum": [
              "sync",
              "action"
            ]
          },
          "enabled": {
            "type": "boolean"
          },
          "description": {
            "type": "string"
          },
          "json_schema": {
            "type": [
              "object",
              "null"
            ],
            "additionalProperties": true
          },
          "runs": {
            "type": [
              "string",
              "null"
            ],
            "description": "Schedule of a sync."
          },
          "track_deletes": {
            "type": "boolean"
          },
          "auto_start": {
            "type": "boolean"
          },
          "last_deployed": {
            "type": [
              "string",
              "null"
            ],
            "description": "Last deployment time (ISO 8601)."
          },
          "is_public": {
            "type": "boolean"
          },
          "pre_built": {
            "type": "boolean"
          },
          "version": {
            "type": [
              "string",
              "null"
            ]
          },
          "attributes": {
            "type": "object",
            "additionalProperties": true
          },
          "input": {
            "oneOf": [
              {
                "$ref": "#/components/schemas/NangoModel"
              },
              {
                "type": "null"
              }
            ]
          },
          "returns": {
            "type": "array",
            "description": "Names of the output models.",
            "items": {
              "type": "string"
            }
          },
          "scopes": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "endpoints": {
            "type": "array",
            "items": {
              "type": "object",
              "additionalProperties": true
            }
          },
          "webhookSubscriptions": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "models": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/NangoModel"
            }
          }
        }
      },
      "NangoModel": {
        "type": "object",
        "description": "A data model declared by a function.",
        "required": [
          "name",
          "fields"
        ],
        "properties": {
          "name": {
            "type": "string"
          },
          "fields": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/NangoModelField"
            }
          },
          "isAnon": {
            "type": "boolean"
          }
        }
      },
      "NangoModelField": {
        "type": "object",
        "description": "One field of a model; `value` is a type name, a literal, or nested fields.",
        "required": [
          "name",
          "value"
        ],
        "properties": {
          "name": {
            "type": "string"
          },
          "value": {
            "anyOf": [
              {
                "type": "string"
              },
              {
                "type": "number"
              },
              {
                "type": "boolean"
              },
              {
                "type": "null"
              },
              {
                "type": "array",
                "items": {
                  "$ref": "#/components/schemas/NangoModelField"
                }
              }
            ]
          },
          "array": {
            "type": "boolean"
          },
          "dynamic": {
            "type": "boolean"
          },
          "model": {
            "type": "boolean"
          },
          "optional": {
            "type": "boolean"
          },
          "tsType": {
            "type": "boolean"
          },
          "union": {
            "type": "boolean"
          }
        }
      },
      "OpenAIFunction": {
        "type": "object",
        "description": "An action described in the OpenAI function-calling format.",
        "required": [
          "name",
          "description",
          "parameters"
        ],
        "properties": {
          "name": {
            "type": "string"
          },
          "description": {
            "type": "string"
          },
          "parameters": {
            "type": "object",
            "additionalProperties": true,
            "description": "JSON Schema of the action input."
          }
        }
      },
      "IntegrationConfigDefaults": {
        "type": "object",
        "description": "Per-integration defaults for the connect flow, keyed by integration ID.",
        "additionalProperties": {
          "type": "object",
          "additionalProperties": false,
          "properties": {
            "user_scopes": {
              "type": "string",
              "description": "User scopes (Slack only)."
            },
            "authorization_params": {
              "type": "object",
              "additionalProperties": true,
              "description": "Extra query parameters for the OAuth 2 authorization URL."
            },
            "connection_config": {
              "type": "object",
              "additionalProperties": true,
              "properties": {
                "oauth_scopes_override": {
                  "type": "string",
                  "description": "OAuth scopes to request instead of the integration's."
                },
                "oauth_client_id_override": {
                  "type": "string",
                  "description": "OAuth client ID to use; an empty string lets the end user enter their own."
                },
                "oauth_client_secret_override": {
                  "type": "string",
                  "description": "OAuth client secret to use; an empty string lets the end user enter their own."
                }
              }
            }
          }
        }
      },
      "ConnectOverrides": {
        "type": "object",
        "description": "Per-integration Connect UI overrides, keyed by integration ID.",
        "additionalProperties": {
          "type": "object",
          "additionalProperties": false,
          "properties": {
            "docs_connect": {
              "type": "string",
              "description": "URL of the help page Connect UI links to."
            }
          }
        }
      },
      "ConnectSessionOrganization": {
        "type": "object",
        "deprecated": true,
        "additionalProperties": false,
        "description": "Deprecated organization of the end user; use `tags` instead.",
        "required": [
          "id"
        ],
        "properties": {
          "id": {
            "type": "string",
            "description": "Your ID for the organization."
          },
          "display_name": {
            "type": "string"
          }
        }
      },
      "ConnectSessionInput": {
        "type": "object",
        "additionalProperties": false,
        "properties": {
          "tags": {
            "$ref": "#/components/schemas/Tags"
          },
          "end_user": {
            "$ref": "#/components/schemas/EndUser"
          },
          "organization": {
            "$ref": "#/components/schemas/ConnectSessionOrganization"
          },
          "allowed_integrations": {
            "type": "array",
            "description": "Integration IDs the end user may connect; all when omitted.",
            "items": {
              "type": "string"
            }
          },
          "integrations_config_defaults": {
            "$ref": "#/components/schemas/IntegrationConfigDefaults"
          },
          "overrides": {
            "$ref": "#/components/schemas/ConnectOverrides"
          },
          "webhook_url_override": {
            "type": "string",
            "description": "Send the webhooks of the connection created through this session only to this URL."
          }
        }
      },
      "ConnectSessionReconnectInput": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "connection_id",
          "integration_id"
        ],
        "properties": {
          "connection_id": {
            "type": "string",
            "description": "Connection to repair."
          },
          "integration_id": {
            "type": "string",
            "description": "Integration ID (unique key) of the connection."
          },
          "tags": {
            "$ref": "#/components/schemas/Tags"
          },
          "end_user": {
            "$ref": "#/components/schemas/EndUser"
          },
          "organization": {
            "$ref": "#/components/schemas/ConnectSessionOrganization"
          },
          "integrations_config_defaults": {
            "$ref": "#/components/schemas/IntegrationConfigDefaults"
          },
          "overrides": {
            "$ref": "#/components/schemas/ConnectOverrides"
          },
          "webhook_url_override": {
            "type": "string",
            "description": "Send the webhooks of the connection only to this URL."
          }
        }
      },
      "ConnectSession": {
        "type": "object",
        "required": [
          "token",
          "expires_at"
        ],
        "properties": {
          "token": {
            "type": "string",
            "description": "The connect-session token, for the front end."
          },
          "connect_link": {
            "type": "string",
            "description": "URL that opens Connect UI for this session directly (usable as a magic link)."
          },
          "expires_at": {
            "type": "string",
            "format": "date-time",
            "description": "Expiry time of the token."
          }
        }
      },
      "ConnectSessionDetails": {
        "type": "object",
        "description": "A connect session as seen by its own token.",
        "required": [
          "endUser",
          "connectUISettings"
        ],
        "properties": {
          "endUser": {
            "description": "End user the session was created for, if any.",
            "oneOf": [
              {
                "type": "object",
                "additionalProperties": true,
                "required": [
                  "id"
                ],
                "properties": {
                  "id": {
                    "type": "string"
                  },
                  "email": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "display_name": {
                    "type": [
                      "string",
                      "null"
                    ]
                  }
                }
              },
              {
                "type": "null"
              }
            ]
          },
          "connectUISettings": {
            "type": "object",
            "additionalProperties": true,
            "description": "Look of Connect UI for the environment (watermark, theme colours)."
          },
          "allowed_integrations": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "integrations_config_defaults": {
            "$ref": "#/components/schemas/IntegrationConfigDefaults"
          },
          "isReconnecting": {
            "type": "boolean",
            "description": "`true` for a session created by `connectSessions.reconnect`."
          },
          "overrides": {
            "$ref": "#/components/schemas/ConnectOverrides"
          },
          "websocketsPath": {
            "type": "string",
            "description": "Path of the websocket endpoint used by the auth popup."
          }
        }
      }
    }
  }
};
