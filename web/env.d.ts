declare module '*.yaml' {
  const text: string;
  export default text;
}
declare module 'mathjs/lib/browser/math.js' {
  const math: typeof import('mathjs');
  export default math;
}
declare const __DEPTSIM_VERSION__: string;
declare const __WORKER_SOURCE__: string;
