import { OAKFIELD_PROFILE, SEED_SCHOOL } from '../workbench/seed/productSeed';
import type { SchoolProfile } from '../src/domain/school/SchoolProfile';

/** The school site the soak works in (seeded by seedProduct). */
export const SCHOOL_SITE = SEED_SCHOOL.site;
/** The headteacher: owns the school site and the drafts, and submits the approval rounds. */
export const OWNER = SEED_SCHOOL.owner;
/** Oakfield's staff: the editing sessions go round them (more sessions than people: each session is its own client). */
export const STAFF = ['helen.carter@northshire.example', 'tom.reid@northshire.example', 'aisha.khan@northshire.example', 'james.obrien@northshire.example'];
/** The "Oakfield Governors" group: the chair, the link governor and a guest parent governor (reached by mail). */
export const APPROVERS = ['margaret.lewis@northshire.example', 'david.okafor@northshire.example', 'sarah.whitfield@outlook.example'];

/** Oakfield's profile with the deputy DSL filled in, so the draft passes the checks and can be submitted. */
export const SOAK_PROFILE: SchoolProfile = { ...OAKFIELD_PROFILE, deputyDslName: 'Aisha Khan' };
