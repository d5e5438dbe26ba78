import type { ValidateFunction } from 'ajv';

/** The vendored HSDS 3.0 folder (schemas and official examples; CC BY-SA 4.0, see its README). */
export declare const hsdsDir: string;
/** The official HSDS 3.0 example records (`service_full.json`, `service_list.json`, …). */
export declare const hsdsExamplesDir: string;
/** One official example record, parsed. */
export declare function hsdsExample(name: string): unknown;
/** A validator for one HSDS 3.0 object (`service`, `organization`, `service_at_location`, …), objects closed. */
export declare function hsdsValidator(name: string): ValidateFunction;
