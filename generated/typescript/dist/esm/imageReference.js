const TAG = /^\w[\w.-]{0,127}$/;
const DIGEST = /^sha256:[0-9a-f]{64}$/;
const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const DOMAIN_COMPONENT = /^[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?$/;
const PORT = /^[0-9]+$/;
const NAME_MAX = 255;
function isDomain(s) {
  const colon = s.indexOf(":");
  const host = colon === -1 ? s : s.slice(0, colon);
  if (colon !== -1 && !PORT.test(s.slice(colon + 1))) return false;
  return host.split(".").every((c) => DOMAIN_COMPONENT.test(c));
}
function isImageReference(ref) {
  let rest = ref;
  const at = rest.indexOf("@");
  if (at !== -1) {
    if (!DIGEST.test(rest.slice(at + 1))) return false;
    rest = rest.slice(0, at);
  }
  const colon = rest.lastIndexOf(":");
  if (colon > rest.lastIndexOf("/")) {
    if (!TAG.test(rest.slice(colon + 1))) return false;
    rest = rest.slice(0, colon);
  }
  if (rest.length === 0 || rest.length > NAME_MAX) return false;
  const parts = rest.split("/");
  const paths = (from) => parts.slice(from).every((p) => PATH_COMPONENT.test(p));
  return paths(0) || parts.length > 1 && isDomain(parts[0]) && paths(1);
}
export {
  isImageReference
};
//# sourceMappingURL=imageReference.js.map
