/// <reference types="astro/client" />
declare module 'opencc-js/dict/*' {
  const dict: string;
  export default dict;
}
declare module 'opencc-js/preset/cn2t' {
  export const configs: Record<string, unknown>;
}
declare module 'opencc-js/core' {
  export function ConverterFactory(...groups: string[][]): (s: string) => string;
}
