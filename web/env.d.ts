declare module '*.yaml' {
  const text: string;
  export default text;
}
declare const __DEPTSIM_VERSION__: string;
