/** A PascalCase type name as a Rust function name's part (`WorkloadSpec` → `workload_spec`), as both targets' templates spell `validate_<type>`. */
export function snakeCase(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toLowerCase();
}
