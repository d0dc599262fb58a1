// Admin roles and what each may do. `privacy` is deliberately not above `operator`: detokenizing discloses
// PHI, so it is a separate duty — an operator cannot detokenize and a privacy officer cannot reload.
export const ROLES = ['viewer', 'operator', 'privacy'] as const;
export type Role = (typeof ROLES)[number];

/** view: health, metrics, sessions, upstreams, dashboard, recent audit; operate: policy test, reload. */
export type Permission = 'view' | 'operate' | 'detokenize';

const GRANTS: Record<Role, readonly Permission[]> = {
  viewer: ['view'],
  operator: ['view', 'operate'],
  privacy: ['detokenize'],
};

export function permissionsOf(role: Role): readonly Permission[] {
  return GRANTS[role];
}

export function can(role: Role, permission: Permission): boolean {
  return GRANTS[role].includes(permission);
}
