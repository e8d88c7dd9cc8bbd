// dcmjs ships no TypeScript types; lib/synth/dcmjs.ts casts this to the few calls it relies on.
declare module "dcmjs" {
  const dcmjs: unknown;
  export default dcmjs;
}
