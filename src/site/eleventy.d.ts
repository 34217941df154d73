// The part of Eleventy's programmatic API that renderSite uses (the package ships no types for it).
declare module "@11ty/eleventy" {
  interface EleventyOptions {
    configPath?: string;
    quietMode?: boolean;
  }
  export default class Eleventy {
    constructor(input?: string, output?: string, options?: EleventyOptions);
    write(): Promise<unknown>;
    /** silences Eleventy's own console output (errors still reject write()) */
    disableLogger(): void;
  }
}
