import fs from 'node:fs';
import path from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import type { ObservedAnswer } from '../../../../src/simulator/index';

/**
 * X's OpenAPI document as a validator for the simulator's answers: a copy kept in the repository
 * (tests/fixtures/x-api, with its source), so the tests need nothing outside it.
 */
export const SPEC_PATH = path.resolve(
  import.meta.dirname,
  '../../../fixtures/x-api/openapi-2.159.json',
);

// X's document is walked as untyped JSON.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = Record<string, any>;

export interface Spec {
  paths: Record<string, Record<string, Json>>;
  components: { schemas: Record<string, Json>; parameters: Record<string, Json> };
}

export function loadSpec(): Spec {
  return JSON.parse(fs.readFileSync(SPEC_PATH, 'utf8')) as Spec;
}

/** OpenAPI 3.0 schema objects as JSON Schema: nullable made a type, OpenAPI-only keywords dropped. */
function adapt(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(adapt);
  if (!node || typeof node !== 'object') return node;
  const out: Json = {};
  for (const [key, value] of Object.entries(node as Json)) {
    if (key === 'discriminator' || key === 'example' || key === 'xml' || key === 'externalDocs')
      continue;
    out[key] = adapt(value);
  }
  if (out.nullable === true) {
    delete out.nullable;
    if (typeof out.type === 'string') out.type = [out.type, 'null'];
  } else delete out.nullable;
  return out;
}

const ref = (name: string) => `x-openapi#/components/schemas/${name}`;

export class ContractValidator {
  private readonly ajv = new Ajv({ strict: false, allErrors: true });
  private readonly cache = new Map<string, ValidateFunction>();
  private readonly problemTypes: Record<string, string>;
  private readonly mediaTypes: Record<string, string>;

  constructor(readonly spec: Spec) {
    addFormats(this.ajv);
    // Formats the document uses that JSON Schema does not define.
    for (const f of ['int32', 'int64', 'long', 'integer', 'double', 'data-time', '^[0-9]{1,19}$']) {
      if (!this.ajv.formats[f]) this.ajv.addFormat(f, true);
    }
    this.ajv.addSchema({
      $id: 'x-openapi',
      components: { schemas: adapt(spec.components.schemas) },
    });
    this.problemTypes = mapping(spec.components.schemas.Problem);
    this.mediaTypes = mapping(spec.components.schemas.Media);
  }

  private validator(name: string): ValidateFunction {
    let v = this.cache.get(name);
    if (!v) {
      v = this.ajv.getSchema(ref(name));
      if (!v) throw new Error(`no schema ${name}`);
      this.cache.set(name, v);
    }
    return v;
  }

  private check(name: string, value: unknown, where: string): string[] {
    const v = this.validator(name);
    if (v(value)) return [];
    return (v.errors ?? []).map(
      (e) => `${where}: ${name}${e.instancePath} ${e.message} ${JSON.stringify(e.params)}`,
    );
  }

  /** The discriminators ajv cannot follow: each problem and media item against its own schema. */
  private discriminated(body: unknown, where: string): string[] {
    const errors: string[] = [];
    const b = (body ?? {}) as Json;
    const problems = Array.isArray(b.errors) ? b.errors : [];
    problems.forEach((p: Json, i: number) => {
      const schema = this.problemTypes[p?.type];
      if (schema) errors.push(...this.check(schema, p, `${where} errors[${i}]`));
    });
    const media = Array.isArray(b.includes?.media) ? b.includes.media : [];
    media.forEach((m: Json, i: number) => {
      const schema = this.mediaTypes[m?.type];
      if (!schema) errors.push(`${where} includes.media[${i}]: unknown media type ${m?.type}`);
      else errors.push(...this.check(schema, m, `${where} includes.media[${i}]`));
    });
    return errors;
  }

  /** Every way the answer departs from the document; empty when it conforms. */
  validate(a: ObservedAnswer): string[] {
    const where = `${a.method} ${a.specPath} ${a.status}`;
    const op = this.spec.paths[a.specPath]?.[a.method.toLowerCase()];
    if (!op) return [`${where}: no such operation in the spec`];
    const response =
      op.responses[String(a.status)] ?? (a.status >= 400 ? op.responses.default : undefined);
    if (!response) return [`${where}: status not declared for this operation`];
    const content = response.content?.[a.contentType];
    if (!content) return [`${where}: content type ${a.contentType} not declared`];
    const name = String(content.schema.$ref).split('/').pop()!;
    const errors = this.check(name, a.body, where);
    if (name === 'Problem') {
      const mapped = this.problemTypes[(a.body as Json)?.type];
      if (mapped) errors.push(...this.check(mapped, a.body, where));
    }
    return [...errors, ...this.discriminated(a.body, where)];
  }
}

function mapping(schema: Json | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [value, target] of Object.entries(
    (schema?.discriminator?.mapping ?? {}) as Record<string, string>,
  )) {
    out[value] = target.split('/').pop()!;
  }
  return out;
}

/** Names of the query parameters the document declares for an operation. */
export function declaredQueryParams(spec: Spec, specPath: string, method: string): string[] {
  const op = spec.paths[specPath]?.[method.toLowerCase()];
  return ((op?.parameters ?? []) as Json[])
    .map((p) => (p.$ref ? spec.components.parameters[String(p.$ref).split('/').pop()!] : p))
    .filter((p): p is Json => !!p && p.in === 'query')
    .map((p) => String(p.name));
}

export function enumOf(spec: Spec, parameter: string): string[] {
  return spec.components.parameters[parameter]?.schema?.items?.enum ?? [];
}
