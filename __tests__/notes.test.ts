import {describe, expect, it} from 'vitest';
import {isSignature, notDoneIn} from '../src/parse/context.js';

describe('a note beside a passed row', () => {
  it.each([
    ['POAM-118 still open past its date', 'POAM-118 still open past its date'],
    ['AI-3 is the last one, still in progress', 'still in progress'],
    ['TODO: add the SDK data types', 'TODO: add the SDK data types'],
    ['Remaining: EU bucket lifecycle rule', 'Remaining: EU bucket lifecycle rule'],
    ['the failover section still needs writing', 'the failover section still needs writing'],
    ['which is still being rebuilt', 'which is still being rebuilt'],
    ["Legal sign-off hasn't come through yet", "Legal sign-off hasn't come through yet"],
    ['Partially verified (3 of 5 regions)', 'Partially verified'],
    ['Evidence to be uploaded to the change record', 'Evidence to be uploaded to the change record'],
    ['sign-off due Monday', 'sign-off due Monday'],
    ['Deploy was delayed, awaiting the vendor patch.', 'awaiting the vendor patch'],
    ['Canary still running in eu-west; us-east done', 'Canary still running in eu-west'],
    ['the integrity scan is still running', 'the integrity scan is still running'],
    ['needs retest before it can ship', 'needs retest before it can ship'],
    ['on hold until the vendor is paid', 'on hold until the vendor is paid'],
    ['retest pending after the fix is merged', 'retest pending after the fix is merged'],
    ['Jane to confirm the KYC mapping', 'Jane to confirm the KYC mapping'],
    ['Merged, pending', 'pending'],
    ['Rotate keys — still open per "SEC-1" ticket', 'still open per "SEC-1" ticket'],
    ['Remaining:EU bucket rule', 'Remaining:EU bucket rule'],
    ['(restore test pending)', 'restore test pending'],
    ["pending Jane's review", "pending Jane's review"],
    ['pending DR window next week', 'pending DR window next week'],
    ['waiting on docs team', 'waiting on docs team'],
    ['blocked by vendor contract', 'blocked by vendor contract'],
    ['yet to be written', 'yet to be written'],
    ['deferred to next sprint', 'deferred to next sprint'],
    ['on hold until Q3', 'on hold until Q3'],
    ['needs retest after hotfix', 'needs retest after hotfix'],
    ['not done, see JIRA-44', 'not done'],
    ['draft only, awaits PM review', 'draft only'],
    ['3 of 41 tables mismatched; investigating with DBA (DBA-77)', 'investigating with DBA'],
    ['12 of 14 passed; two still failing', 'two still failing'],
    ['WIP', 'WIP'],
    ['Not run yet, pending load-test slot on Friday', 'Not run yet'],
    ['pending load-test slot on Friday', 'pending load-test slot on Friday'],
    ['Retest pending after fix for ANOM-212', 'Retest pending after fix for ANOM-212'],
    ['Review not done yet for 2.1.3, carried over from 3.4.0', 'Review not done yet for 2.1.3'],
    ['test case not yet written — tracked in ANOM-219', 'test case not yet written'],
    ['DR failover test not yet run', 'DR failover test not yet run'],
    ["Managers haven't responded yet for 3 teams", "Managers haven't responded yet for 3 teams"],
    ['Q4 review sign-off pending from the Director', 'Q4 review sign-off pending from the Director'],
    ['in progress with the agency', 'in progress with the agency'],
    ['Dashboards done, alerts TODO', 'alerts TODO'],
    ['Screenshot to follow', 'Screenshot to follow'],
    ['Sign-off expected next week', 'Sign-off expected next week'],
    ['Published; translations pending until the vendor delivers', 'translations pending until the vendor delivers'],
    ['Hardening baseline not yet applied to the build agents', 'Hardening baseline not yet applied to the build agents'],
    ['Tabletop done; lessons-learned report yet to be circulated', 'lessons-learned report yet to be circulated'],
    ['Pricing page numbers to be confirmed by Finance', 'Pricing page numbers to be confirmed by Finance'],
    ['ES and FR done, DE waiting for the translator', 'DE waiting for the translator'],
    ['Testing with JAWS not done yet; NVDA passed', 'Testing with JAWS not done yet'],
    ['Attestation not received from the data owner', 'Attestation not received from the data owner'],
    ["Still awaiting the controller's attestation", "Still awaiting the controller's attestation"],
    ['Pending until 5 July for the contractor batch', 'Pending until 5 July for the contractor batch'],
    ['Approved pending security sign-off from J. Ortiz once PSIRT advisories are checked', 'Approved pending security sign-off from J. Ortiz once PSIRT advisories are checked'],
    ['Go pending final CAB approval', 'Go pending final CAB approval'],
    ['Cytotoxicity report from NAMSA still awaited; sensitisation done', 'Cytotoxicity report from NAMSA still awaited'],
    ['Signed copy awaited', 'Signed copy awaited'],
    ['PagerDuty schedule export will be attached after the rota is published', 'PagerDuty schedule export will be attached after the rota is published'],
    ['Evidence will be attached later', 'Evidence will be attached later'],
    ['Q3 review complete; Q4 review export still to come from IT', 'Q4 review export still to come from IT'],
    ['except the 2019 tape set, legal hold review open', 'legal hold review open'],
    ['VoiceOver pass done, NVDA pass booked for Thursday', 'NVDA pass booked for Thursday'],
    ['set C rerun booked for 2024-07-11', 'set C rerun booked for 2024-07-11'],
    ['Deployed to site A. Sign-off pending from QA', 'Sign-off pending from QA'],
    ['to be verified again once the patch lands', 'to be verified again once the patch lands'],
    ['Retest pending, as agreed with QA', 'Retest pending'],
    ['Evidence will be uploaded by Friday', 'Evidence will be uploaded by Friday'],
    ['Docs PR awaiting merge', 'Docs PR awaiting merge'],
    ['Screenshot pending upload', 'Screenshot pending upload'],
  ])('%j says it is not done (%j)', (note, clause) => {
    expect(notDoneIn(note)).toBe(clause);
  });

  it.each([
    'in progress bar fixed', 'TODO comments removed', 'Runbook for investigating alerts verified', 'pending security patches applied',
    'pending review queue emptied', 'pending patches installed', 'all pending after restart cleared', 'Pending migrations: none',
    'Hosts not yet patched: 0', 'Pending reboots done', 'Was pending on the perf environment until 10 March; run completed 11 March',
    'it was pending until the freeze exception was granted', 'payments pending for more than 24h are now flagged by the nightly job',
    'tickets left pending after deploy', 'Accounts not yet verified stay on the old checkout flow',
    'Leavers not yet removed from the call tree were skipped automatically', 'Alerts for jobs not yet finished after 2 h',
    'Jobs awaiting approval now time out after 30 days', 'Items to be confirmed are listed below', 'Evidence received from the data owner',
    'Orders pending fraud review now time out', 'Jobs pending manual review are retried hourly',
    'Firewall port 443 open', 'Maintenance window open', 'Access will be reviewed next quarter', 'Budget planned for marketing 2025 campaign',
    'Alerts will be sent to #oncall via PagerDuty', 'Scan will be run on every PR', 'Backups will be verified by the nightly restore job',
    'Updated notice to be published with the relaunch on 1 July, as planned',
    'Annual DR test scheduled for next quarter', 'Q4 test is scheduled for 19 November per the DR policy', 'Backups scheduled for 2 am daily', 'Go-live was scheduled for 3 March and happened on time',
    'Was pending until 10 March.', 'Previously pending; closed 4 June after the vendor fix.', 'Was blocked by the capacity issue until 20 May; ran 22 May',
    'Rollback was to be run from the exported config if any app owner objected; none did', 'Jobs still running at shutdown are drained within 90 s',
    'Sessions still open after 30 days are expired server-side', 'Users not yet enrolled in biometrics see the PIN screen',
    'points not yet redeemed after 24 months expire', 'Loads still running at 06:00 are retried at 07:00', 'Deferred revenue report reconciles to the GL',
    'Draft orders older than 90 days are purged', 'Waiting on customer status now auto-closes tickets after 7 days', 'Blocked by default: all inbound ports except 443.',
    'States tested: Draft, Pending, Approved, Rejected', 'JIRA PAY-877 "Legacy retry still in progress path" closed', 'To be reviewed annually by the CISO',
    'Report to be shared on request under NDA', 'primary killed; replica still running', 'Backups still running nightly',
    'Partially redacted logs attached', "documented; haven't needed it yet", 'Still with the same config as prod', 'Pending — none',
    'The canary was held one extra day, awaiting the weekend traffic pattern, as the plan asks.',
    'The review was held for two weeks, awaiting the owner, and completed on 19 July.',
    'The change, on hold until Legal confirmed the alias, was made the same day.',
    'her new role, in progress at the snapshot date, was granted through the normal flow.',
    'the quarterly test is now a recurring task, next run due 15 August.',
    'Blocked by the WAF rule rate-login-01 from the 11th attempt', 'Managers to review access quarterly', 'Able to confirm the fix in staging', 'we had to check twice', 'Easy to review in the dashboard', 'Orders stuck in progress are retried', 'Drained all pending.', 'Checked for certs not yet rotated: none found',
    'TBD placeholders replaced', 'pending jobs are drained', 'awaiting-approval state added', 'none still red', 'no users still pending',
    'Verified no users still pending migration', 'nothing pending', 'fires when jobs are still running after 1 h — tested', 'needs no changes',
    'investigating alerts runbook reviewed',
  ])('%j says nothing is left undone', (note) => {
    expect(notDoneIn(note)).toBeUndefined();
  });
});

describe('a signature in a sign-off cell', () => {
  it.each(['Jane Doe', 'D. Kim, 2024-09-30', 'JD, BL', '@jdoe', 'Jane Doe / Bob Lee', '2024-05-01', '李雷', 'see CAB-12', 'signed'])('%j is one', (text) => {
    expect(isSignature(text)).toBe(true);
  });

  it.each(['', '—', '[Name]', '<name>', '____', 'Name', 'Signature', 'Approver', 'Required'])('%j is none', (text) => {
    expect(isSignature(text)).toBe(false);
  });
});
