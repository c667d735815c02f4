import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import { parse } from 'yaml';

export const projectRoot = path.resolve(import.meta.dirname, '../..');
export const builderConfigPath = path.join(projectRoot, 'electron-builder.yml');

/** electron-builder's own files, found the way Node would find them from electron-builder. */
const builderRequire = createRequire(createRequire(import.meta.url).resolve('electron-builder'));
const schemaPath = builderRequire.resolve('app-builder-lib/scheme.json');

export function builderVersion(): string {
  const pkg = builderRequire('app-builder-lib/package.json') as { version: string };
  return pkg.version;
}

export function loadBuilderConfig(file = builderConfigPath): Record<string, unknown> {
  const config: unknown = parse(fs.readFileSync(file, 'utf8'));
  if (typeof config !== 'object' || config === null || Array.isArray(config))
    throw new Error(`${path.basename(file)} is not a YAML mapping`);
  return config as Record<string, unknown>;
}

let compiled: ValidateFunction | undefined;
/** Compiling electron-builder's schema takes seconds: once per process. */
function schemaValidator(): ValidateFunction {
  if (!compiled) {
    const schema = JSON.parse(fs.readFileSync(schemaPath, 'utf8')) as object;
    compiled = new Ajv({ allErrors: true, coerceTypes: true, strict: false }).compile(schema);
  }
  return compiled;
}

/**
 * Checks a configuration against electron-builder's JSON schema (app-builder-lib/scheme.json),
 * with the options electron-builder itself validates with, so what passes here passes there.
 * Returns one line per problem; none when valid.
 */
export function validateBuilderConfig(config: unknown): string[] {
  const validate = schemaValidator();
  // A copy: coerceTypes rewrites the data it checks.
  const data: unknown = structuredClone(config);
  if (validate(data)) return [];
  const errors = validate.errors ?? [];
  // Most options are `X | null` in the schema: a bad X also fails the null branch, which says
  // nothing useful; so do the composite keywords that list the failed branches.
  const specific = errors.filter(
    (e) =>
      !['anyOf', 'oneOf', 'if'].includes(e.keyword) &&
      !(e.keyword === 'type' && (e.params as { type?: string }).type === 'null'),
  );
  return (specific.length > 0 ? specific : errors).map((e) => {
    const where = `configuration${e.instancePath.replaceAll('/', '.')}`;
    const unknown = (e.params as { additionalProperty?: string }).additionalProperty;
    return unknown !== undefined
      ? `${where} has an unknown option "${unknown}"`
      : `${where} ${e.message ?? 'is invalid'}`;
  });
}
