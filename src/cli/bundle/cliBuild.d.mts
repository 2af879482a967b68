/** Types of cliBuild.mjs, for the benchmark that imports it. */
export declare const ROOT: string;
export declare const CLI_BUNDLE: string;
export declare function cliBuildIsStale(): boolean;
export declare function buildCli(): Promise<void>;
