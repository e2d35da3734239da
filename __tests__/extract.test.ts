import {describe, expect, it} from 'vitest';
import {createAnalyser} from '../src/parse/analyse.js';
import {resolvePolicy} from '../src/policy/policy.js';

const analyse = createAnalyser(resolvePolicy());
const model = (markdown: string) => analyse(markdown, 'docs/evidence/REPORT.md');
const gateRows = (markdown: string) =>
  model(markdown).gates.flatMap((gate) => gate.rows.map((row) => `${gate.kind}:${row.label}=${row.verdict}@${row.line}`));
/** Each gate row's verdict at its line: `5:pass`. */
const verdictsByLine = (markdown: string) => model(markdown).gates.flatMap((gate) => gate.rows.map((row) => `${row.line}:${row.verdict}`));
/** Each run's id and what it is expected to have done: `9244099002:failure`. */
const runExpectations = (markdown: string) => model(markdown).runs.map((run) => `${run.id}:${run.expected}`);
/** Each cited file with the lines it is cited at: `scripts/archive.py:40-95`, `logs/out.log:`. */
const citedLines = (markdown: string) => model(markdown).files.map((file) => `${file.cited}:${file.lines ? `${file.lines.from}-${file.lines.to}` : ''}`);

describe('metadata lines', () => {
  it('reads `**Label**: value` lines joined by hard breaks', () => {
    const {metadata} = model('**Date**: 2026-01-04  \n**Status**: ✅ COMPLETE  \n**Gate 2**: ✅ MET\n');
    expect(metadata.map((line) => [line.label, line.value, line.line])).toEqual([
      ['Date', '2026-01-04', 1],
      ['Status', '✅ COMPLETE', 2],
      ['Gate 2', '✅ MET', 3],
    ]);
  });

  it('reads `**Label:** value` lines joined by soft breaks, and in list items', () => {
    const {metadata} = model('**Environment:** Staging\n**Execution Date:** 2026-04-02\n\n- **Job:** OpenAPI Drift\n- **Status:** ✅ Succeeded\n');
    expect(metadata.map((line) => `${line.label}=${line.value}@${line.line}`)).toEqual([
      'Environment=Staging@1',
      'Execution Date=2026-04-02@2',
      'Job=OpenAPI Drift@4',
      'Status=✅ Succeeded@5',
    ]);
  });
});

describe('YAML front matter', () => {
  const FRONT_MATTER = [
    '---',
    'title: "Release 3.1 evidence"',
    'gate_status: failed',
    "ci_run: 'https://github.com/acme/shop/actions/runs/55566677'",
    'pr: 91',
    'reviewers:',
    '  - alice',
    'status: pending',
    '---',
    '',
    '# Release 3.1',
    '',
    'Gate 2 review notes.',
    '',
  ].join('\n');

  it('reads its `key: value` lines as labelled lines, with their lines and columns', () => {
    const report = model(FRONT_MATTER);
    expect(report.metadata.map((line) => `${line.label}=${line.value}@${line.line}`)).toEqual([
      'title=Release 3.1 evidence@2',
      'gate status=failed@3',
      'ci run=https://github.com/acme/shop/actions/runs/55566677@4',
      'pr=91@5',
      'status=pending@8',
    ]);
    expect(report.gates.map((gate) => `${gate.title}:${gate.rows[0].verdict}@${gate.line}:${gate.column}`)).toEqual(['gate status:fail@3:1']);
    expect(report.runs.map((run) => `${run.id}@${run.line}:${run.column}`)).toEqual(['55566677@4:10']);
    expect(report.pulls.map((pull) => `${pull.number}@${pull.line}`)).toEqual(['91@5']);
  });

  it('is not read as a rule and a heading made of its lines', () => {
    const report = model(FRONT_MATTER.replace('gate_status: failed', 'gate: Gate 2'));
    expect(report.title).toBe('Release 3.1');
    expect(report.gates).toEqual([]);
  });

  it('counts only at the very start: a later `---` block is a rule and a setext heading, as GitHub shows it', () => {
    const report = model('# Report\n\n---\ngate_status: failed\n---\n');
    expect(report.metadata).toEqual([]);
    expect(report.gates.map((gate) => `${gate.title}@${gate.line}`)).toEqual(['gate_status: failed@4']);
  });
});

describe('gates', () => {
  it.each([
    ['| Criterion | Status | Evidence |'],
    ['| Requirement | Status | Evidence |'],
    ['| Gate | Requirement | Status | Evidence |'],
    ['| Condition | Status |'],
    ['| Criteria | Result |'],
    ['| ID | Criteria | Evidence | Status |'],
  ])('a table headed %s is a gate table', (header) => {
    const columns = header.split('|').slice(1, -1).map((cell) => cell.trim());
    const row = columns.map((column) => (/status|result/i.test(column) ? '✅ PASS' : /^(gate|criterion|criteria|requirement|condition)$/i.test(column) ? 'Tests green' : 'x'));
    const markdown = `## Results\n\n${header}\n|${columns.map(() => '---').join('|')}|\n| ${row.join(' | ')} |\n`;
    expect(gateRows(markdown)).toEqual(['table:Tests green=pass@5']);
  });

  it('takes any table with a status column under a heading naming a gate, acceptance, criteria or sign-off', () => {
    for (const heading of ['Gate 3: Final Acceptance', 'Acceptance', 'Exit Criteria', 'Sign-off']) {
      expect(gateRows(`### ${heading}\n\n| Item | Status |\n|---|---|\n| Docs | ⏳ Pending |\n`)).toEqual(['table:Docs=pending@5']);
    }
    expect(gateRows('### Step Execution Summary\n\n| Step | Status | Duration |\n|---|---|---|\n| Drift check | ❌ **FAILED** | 9s |\n')).toEqual([]);
  });

  it('does not take file-change tables (ADD / MOD) or settings (❌ Disabled wanted) as gates', () => {
    expect(gateRows('## Acceptance\n\n| File | Status | Purpose |\n|---|---|---|\n| `a.py` | ADD | x |\n| `b.py` | MOD | y |\n')).toEqual([]);
    expect(
      gateRows('## Gate 1: Branch Protection\n\n| Setting | Status | Evidence |\n|---|---|---|\n| Require PR | ✅ Enabled | s |\n| Allow force pushes | ❌ Disabled | s |\n'),
    ).toEqual([]);
  });

  it('skips group-header rows but not unfilled gates', () => {
    expect(gateRows('| Criterion | Status |\n|---|---|\n| **Security** | |\n| Pen test | ✅ |\n| Threat model | |\n')).toEqual([
      'table:Pen test=pass@4',
      'table:Threat model=unknown@5',
    ]);
  });

  it('recognises other status column names', () => {
    for (const column of ['Conclusion', 'Compliant', 'Sign-off', 'Done?', 'Approved', 'Pass/Fail/Deviation', 'Operating effective', 'Signature']) {
      expect(gateRows(`| Requirement | ${column} |\n|---|---|\n| Backups | ✅ |\n`)).toEqual(['table:Backups=pass@3']);
    }
    // what should happen is no verdict; a column that compares with a control is no gate column
    expect(gateRows('## Acceptance\n\n| Test | Expected result |\n|---|---|\n| Revoked key | ❌ Denied |\n')).toEqual([]);
    expect(gateRows('## Rollout log\n\n| Stage | Conversion vs control | Go/No-Go |\n|---|---|---|\n| Ramp | -0.4% | HOLD |\n')).toEqual([]);
    expect(model('## Walkthrough\n\n| Control | Workpaper |\n|---|---|\n| AC-1 | `wp/ac-1.pdf` |\n').files.map((file) => file.kind)).toEqual(['claim']);
  });

  it('gives an empty cell or an unfilled legend no verdict', () => {
    expect(gateRows('| Criterion | Status |\n|---|---|\n| Tests | |\n| Docs | ✅/❌ |\n')).toEqual(['table:Tests=unknown@3', 'table:Docs=unknown@4']);
  });

  it('reads gate lines: `**Gate N**:` labels and gate headings with a status', () => {
    expect(gateRows('**Gate 1C**: ✅ MET (explicitly skipped with justification)\n\n### Gate 3 Result: ✅ PASSED\n\n## Gate 2: Fail-Fast Proof\n\n## Blocker: Gate 1 Pending Execution\n')).toEqual([
      'line:Gate 1C=pass@1',
      'line:Gate 3 Result: ✅ PASSED=pass@3',
      'line:Blocker: Gate 1 Pending Execution=pending@7',
    ]);
    expect(gateRows('**Gates Met**: 5/5 (100%)\n\n**Gate Enforcement**: Hard stops at each phase\n')).toEqual([]);
    // The failure a heading says it expects is the plan, not a verdict; one it states besides still counts.
    expect(gateRows('### Gate 3 negative test (expected failure)\n\n## Gate 4: ❌ FAILED (refusal expected, but the run passed)\n')).toEqual([
      'line:Gate 4: ❌ FAILED (refusal expected, but the run passed)=fail@3',
    ]);
  });

  it('does not take a heading that names a kind of verdict (`pass/fail`, `go/no-go`) for a verdict', () => {
    const report = '## Gate 3 pass/fail criteria\n\n| Criterion | Go/No-Go |\n|---|---|\n| Error budget | GO |\n| Support trained | No Go |\n\n## Gate 4 go/no-go: ❌ NO-GO\n';
    expect(gateRows(report)).toEqual(['table:Error budget=pass@5', 'table:Support trained=fail@6', 'line:Gate 4 go/no-go: ❌ NO-GO=fail@8']);
  });

  it('skips group rows with an index, but not a bold row with a dash, one with no member after it, or one before another bold row', () => {
    const table = '## Readiness criteria\n\n| # | Criterion | Status |\n|---|---|---|\n| 1 | **Quality** | |\n| 1.1 | Tests green | ✅ |\n| 2 | **Load test** | — |\n| 2.1 | Runbook | |\n| 3 | **Pen test** | |\n| 4 | **Soak** | ✅ |\n| 5 | **DR drill** | |\n';
    expect(gateRows(table)).toEqual([
      'table:Tests green=pass@6',
      'table:Load test=unknown@7',
      'table:Runbook=unknown@8',
      'table:Pen test=unknown@9',
      'table:Soak=pass@10',
      'table:DR drill=unknown@11',
    ]);
  });

  it('reads a RAG column, and a checklist under a sign-offs heading', () => {
    expect(gateRows('## Acceptance\n\n| Criterion | RAG |\n|---|---|\n| Support | Red |\n| Docs | Green |\n')).toEqual(['table:Support=fail@5', 'table:Docs=pass@6']);
    expect(gateRows('## Sign-offs\n\n- [x] Security\n- [ ] Legal\n')).toEqual(['checklist:Security=pass@3', 'checklist:Legal=pending@4']);
  });

  it('reads a decision given alone, and a review heading with its verdict after the colon, as gate lines', () => {
    expect(gateRows('**Decision:** NO-GO\n\n**Decision:** Proceed with the rollout once the on-call rota is confirmed\n')).toEqual(['line:Decision=fail@1']);
    expect(gateRows('**Go/No-Go:** Go for Thursday, pending DBA sign-off\n')).toEqual(['line:Go/No-Go=pass@1']);
    expect(gateRows('## Go/No-Go: NO-GO\n\n## Sign-off: ❌ Rejected\n\n## Acceptance: see the table below\n')).toEqual(['line:Go/No-Go: NO-GO=fail@1', 'line:Sign-off: ❌ Rejected=fail@3']);
    const labels = '**Decision Go/No-Go:** NO-GO\n\n**Go/No-Go (2024-11-20):** NO-GO\n\n**Go/No-Go call:** GO\n\n**Test exit criteria met:** No\n\n**All acceptance criteria met:** Yes\n';
    expect(gateRows(labels)).toEqual([
      'line:Decision Go/No-Go=fail@1',
      'line:Go/No-Go (2024-11-20)=fail@3',
      'line:Go/No-Go call=pass@5',
      'line:Test exit criteria met=fail@7',
      'line:All acceptance criteria met=pass@9',
    ]);
    expect(gateRows('**Go/No-Go on 2024-11-20:** NO-GO\n\n**Decision by CAB:** Rejected\n\n**Decision (ADR-014):** Rejected Kafka in favour of SQS\n\n**Entry criteria met:** No (for phase 3)\n\n**Go/No-Go (final):** NO-GO\n\n**Entry and exit criteria met:** No\n')).toEqual([
      'line:Go/No-Go on 2024-11-20=fail@1',
      'line:Decision by CAB=fail@3',
      'line:Go/No-Go (final)=fail@9',
      'line:Entry and exit criteria met=fail@11',
    ]);
    // a legend before a table sets nothing aside
    expect(gateRows('## Release gates\n\nLegend: ✅ passed, ❌ failed.\n\n| Gate | Status |\n|---|---|\n| Pen test | ❌ |\n')).toEqual(['table:Pen test=fail@7']);
  });

  it('waits for a waiver whose decision is still to come', () => {
    const table = '## Acceptance\n\n| Criterion | Status | Notes |\n|---|---|---|\n| p99 | Waived | waiver WVR-88 submitted to the CISO, decision expected next week |\n| p95 | Waived | waiver WVR-12 signed by the CTO |\n| SBOM | N/A | not expected for an internal tool |\n';
    expect(gateRows(table)).toEqual(['table:p99=pending@5', 'table:p95=not-applicable@6', 'table:SBOM=not-applicable@7']);
  });

  it('cites the pull requests given after a PR label', () => {
    const pulls = (markdown: string) => model(markdown).pulls.map((pull) => `${pull.number}@${pull.line}`);
    expect(pulls('**Release PR:** #1461  \n**Related PRs:** #1458, #1463  \n**PR:** #733 (release PR for 2.4)\n')).toEqual(['1461@1', '1458@2', '1463@2', '733@3']);
    expect(pulls('**Open PRs:** 3\n')).toEqual([]);
    expect(pulls('**PR #:** 1461  \n**PR number:** 1462\n')).toEqual(['1461@1', '1462@2']);
    expect(model('**Upstream PR:** #4521 in grpc/grpc-go\n').pulls.map((pull) => `${pull.number} ${pull.repository}`)).toEqual(['4521 grpc/grpc-go']);
    expect(model('**Related PRs:** #4521 in grpc/grpc-go, #1475 (our bump, after #9)  \n**Release PR:** #1461 (merged), see also #2 of the RFC\n').pulls.map((pull) => `${pull.number} ${pull.repository}`)).toEqual([
      '4521 grpc/grpc-go',
      '1475 undefined',
      '1461 undefined',
    ]);
  });

  it('reads a decision column when its cells are statuses, and a control column as a gate column', () => {
    const approvals = '## Approvals\n\n| Approver | Role | Decision | Date |\n|---|---|---|---|\n| A. Lee | SRE | Approved | 2025-04-10 |\n| CAB | Board | Awaiting approval | |\n| PM | Product | 2025-04-11 | |\n';
    expect(gateRows(approvals)).toEqual(['table:A. Lee=pass@5', 'table:CAB=pending@6']);
    expect(gateRows('| Requirement | Decision |\n|---|---|\n| Storage | S3 with lifecycle rules |\n')).toEqual([]);
    expect(gateRows('| Control | Description | Compliant |\n|---|---|---|\n| TS-01 | MFA | Yes |\n| TS-04 | Log retention | No |\n| TS-05 | Encryption | Implemented |\n')).toEqual([
      'table:TS-01=pass@3',
      'table:TS-04=fail@4',
      'table:TS-05=pass@5',
    ]);
  });

  it('reads sign-off columns and labels as gates; a sign-off label whole', () => {
    expect(gateRows('## Review sign-off\n\n| System | Reviewer sign-off |\n|---|---|\n| Okta | ✅ D. Kim, 2024-09-30 |\n| Snowflake | In review |\n')).toEqual([
      'table:Okta=pass@5',
      'table:Snowflake=pending@6',
    ]);
    // a name, initials or a date in a sign-off column is a signature; an empty cell or a dash is unsigned
    const signatures = '## Sign-offs\n\n| Role | Sign-off (name, date) |\n|---|---|\n| QA | D. Kim 2024-09-30 |\n| Security | BL |\n| PM | Pending |\n| SRE | |\n| Ops | — |\n';
    expect(gateRows(signatures)).toEqual(['table:QA=pass@5', 'table:Security=pass@6', 'table:PM=pending@7', 'table:SRE=unknown@8', 'table:Ops=unknown@9']);
    const refusals = '## Sign-off\n\n| Role | Sign-off |\n|---|---|\n| QA | Declined |\n| Sec | Not signed |\n| SRE | [Name] |\n| PM | ____ |\n| Ops | Required |\n';
    expect(gateRows(refusals)).toEqual(['table:QA=fail@5', 'table:Sec=fail@6', 'table:SRE=unknown@7', 'table:PM=unknown@8', 'table:Ops=unknown@9']);
    const forms = ['@jdoe', 'JD, BL', 'Jane Doe / Bob Lee', 'Jane Doe – 2024-05-01', 'signed', '李雷', 'see CAB-12'];
    expect(gateRows(`## Sign-off\n\n| Role | Sign-off |\n|---|---|\n${forms.map((form, index) => `| R${index} | ${form} |`).join('\n')}\n`).every((row) => row.includes('=pass@'))).toBe(true);
    expect(gateRows('**Sign-off:** pending CISO review\n\n**Approval:** Jane Doe (CTO)\n')).toEqual(['line:Sign-off=pending@1']);
    expect(gateRows('**Sign-off:** QA ✅, Security ⏳\n\n**Decision:** Go, pending DBA sign-off\n')).toEqual(['line:Sign-off=pending@1', 'line:Decision=pass@3']);
    // approvals as a vote or a consent: `Approve`, `No objection`; not one still to come
    expect(gateRows('## Gate checklist\n\n| Item | Status |\n|---|---|\n| Security | Will approve after the retest |\n| Product | Approve once the notes are final |\n| Legal | Asked to approve by Friday |\n| Works council | No objections expected |\n| Review | No objection from Security; Legal objects to clause 4 |\n').map((row) => row.split('=')[1])).toEqual(['pending@5', 'pending@6', 'pending@7', 'pending@8', 'fail@9']);
    expect(gateRows('## Approvals\n\n| Role | Name | Decision |\n|---|---|---|\n| Owner | A. Bello | Approve |\n| DPO | I. Veldman | Advice given, no objection |\n')).toEqual(['table:Owner=pass@5', 'table:DPO=pass@6']);
    // approval headings in other languages
    expect(gateRows('## Approbations\n\n| Rôle | Décision |\n|---|---|\n| QA | Approuvé |\n| Sûreté | Approuvé — en attente de signature |\n')).toEqual(['table:QA=pass@5', 'table:Sûreté=pending@6']);
    expect(gateRows('## Freigaben\n\n| Rolle | Entscheidung |\n|---|---|\n| QS | Freigegeben |\n').length).toBe(1);
    // a sign-off label with a bracket after it
    expect(gateRows('**CAB Approval (production drill)**: ⏳ PENDING\n')).toEqual(['line:CAB Approval (production drill)=pending@1']);
    // a decision whose subject follows a dash, and a longer list of roles with their symbols
    expect(gateRows('**Decision:** NO-GO — release 2.4.1 held under ECO-1195.\n**Approval:** Hardware lead ✅, Firmware lead ❌, Quality ✅\n')).toEqual([
      'line:Decision=fail@1',
      'line:Approval=fail@2',
    ]);
    expect(gateRows('**Decision:** we weighed the rollout risk for a long time and then failed over to plan B\n')).toEqual([]);
    // a checklist heading alone may be a plan (`Release checklist (to run on release day)`): the policy adds it
    expect(gateRows('## Release checklist (to run on release day)\n\n- [ ] Tag v3.0.0\n')).toEqual([]);
  });

  it("reads a gate's table of runs, each row led by its run, as attempts at one check, of which the latest decides", () => {
    const attempts = (last: string) => gateRows(`### Gate 1 CI history\n\n| Run ID | Commit | Result |\n|---|---|---|\n| 23890377125 | \`a41c9e2\` | ❌ FAILED |\n| 23891042217 | \`c07d5b1\` | ${last} |\n`);
    expect(attempts('✅ SUCCESS')).toEqual(['table:c07d5b1=pass@6']);
    expect(attempts('❌ FAILED')).toEqual(['table:c07d5b1=fail@6']);
    // Rows that name their jobs are checks of their own.
    expect(gateRows('### Gate 1 CI\n\n| Run ID | Job | Result |\n|---|---|---|\n| 23890377125 | lint | ❌ FAILED |\n| 23890377125 | test | ✅ SUCCESS |\n')).toHaveLength(2);
  });

  it('reads a deviation its bracket says is closed as settled, an optional open item as not applying, and a retest scheduled for a date as a wait', () => {
    const table = (status: string) => gateRows(`## Acceptance\n\n| Criterion | Status |\n|---|---|\n| X | ${status} |\n| Y | ✅ |\n`)[0]?.replace(/^table:X=|@5$/g, '');
    expect(table('Pass with deviation (DEV-029, closed)')).toBe('pass');
    expect(table('Pass with deviation (DEV-030)')).toBe('pending');
    expect(table('Open (OFI, optional)')).toBe('not-applicable');
    expect(table('Open')).toBe('pending');
    expect(table('✅ (retest scheduled 2026-03-18)')).toBe('pending');
    expect(table('✅ (retest scheduled on 18 March)')).toBe('pending');
  });

  it('reads a passed row whose note says it is not done yet as pending', () => {
    const table = '## Acceptance criteria\n\n| Criterion | Status | Notes |\n|---|---|---|\n| Highs remediated | ✅ | POAM-118 still open past its date |\n| Backups | ✅ | nothing pending |\n| Alerts | ✅ | fires when jobs are still running after 1 h — tested |\n';
    expect(gateRows(table)).toEqual(['table:Highs remediated=pending@5', 'table:Backups=pass@6', 'table:Alerts=pass@7']);
    expect(model(table).gates[0].rows[0]).toMatchObject({status: '✅', note: 'POAM-118 still open past its date', verdict: 'pending'});
    expect(gateRows('## Checks\n\n| Check | Result | Evidence |\n|---|---|---|\n| Checksums | ✅ | 3 of 41 tables mismatched; investigating with DBA |\n| Rollback | ✅ | `docs/rollback.md` |\n')).toEqual([
      'table:Checksums=pending@5',
      'table:Rollback=pass@6',
    ]);
    const list = [
      '## Acceptance criteria',
      '',
      '- [x] All P1 action items completed — AI-3 is the last one, still in progress',
      '- [x] Privacy label updated — TODO: add the SDK data types',
      '- ✅ Backups verified (restore test pending)',
      '- [x] Alert on jobs still running after 1 h',
      '- [x] Runbook reviewed — no todo items left',
      '- [x] Sign-off: pending CISO review',
    ].join('\n');
    expect(gateRows(list).map((row) => row.replace(/^checklist:.*=/, ''))).toEqual(['pending@3', 'pending@4', 'pending@5', 'pass@6', 'pass@7', 'pending@8']);
  });

  it('reads a column of verdicts under a results heading, judging only the verdicts', () => {
    const verification = '## Post-upgrade verification\n\n| Check | Status | Notes |\n|---|---|---|\n| Smoke | ❌ | failing |\n| Ingress | ✅ | |\n| Row count | 1,204 → 1,204 | |\n';
    expect(gateRows(verification)).toEqual(['table:Smoke=fail@5', 'table:Ingress=pass@6']);
    expect(gateRows('## Objectives\n\n| Objective | Target | Met? |\n|---|---|---|\n| RTO | 30 min | No |\n| RPO | 1 min | Yes |\n')).toEqual(['table:RTO=fail@5', 'table:RPO=pass@6']);
    // a service's state and a ticket's are no result: only passes and failures are judged there
    expect(gateRows('## Verification\n\n| Service | Status |\n|---|---|\n| api | Running |\n| db | Running |\n| queue | Draining |\n')).toEqual([]);
    expect(gateRows('## Test results\n\n| Defect | Severity | Status |\n|---|---|---|\n| PAY-101 | Minor | Won\'t fix |\n| PAY-102 | Low | Open |\n')).toEqual([]);
  });

  it('reads the current status column of a table that also keeps a past one', () => {
    const retest = '## Retest acceptance\n\n| ID | Status at original test | Retest result | Notes |\n|---|---|---|---|\n| RS-01 | Open | ✅ Fixed | |\n| RS-02 | Open | ❌ Still vulnerable | |\n';
    expect(gateRows(retest)).toEqual(['table:RS-01=pass@5', 'table:RS-02=fail@6']);
    const sox = '## Remediation acceptance\n\n| Deficiency | Prior-year status | Current status |\n|---|---|---|\n| D-1 | Open | ✅ Remediated |\n';
    expect(gateRows(sox)).toEqual(['table:D-1=pass@5']);
  });

  it('judges every current status column of a row, and the worst of them decides', () => {
    const environments = '## Gate results\n\n| Criterion | Status (Dev) | Status (Prod) |\n|---|---|---|\n| Unit tests | ✅ Pass | ⏳ Pending |\n| Migrations | ✅ Pass | ✅ Pass |\n| Smoke | ❌ Fail | ⏳ Pending |\n';
    expect(gateRows(environments)).toEqual(['table:Unit tests — Status (Prod)=pending@5', 'table:Migrations=pass@6', 'table:Smoke=fail@7']);
    const [row] = model(environments).gates[0].rows;
    expect([row.status, row.line, row.column]).toEqual(['⏳ Pending', 5, 25]);
    const approval = '## Sign-off\n\n| Criterion | Result | Approval |\n|---|---|---|\n| Security review | ✅ Pass | ❌ Rejected |\n| DPIA | ✅ Pass | ✅ Approved |\n';
    expect(gateRows(approval)).toEqual(['table:Security review — Approval=fail@5', 'table:DPIA=pass@6']);
    const soc2 = '## Controls\n\n| Control | Design effective? | Operating effective? |\n|---|---|---|\n| AC-2 | Yes | No |\n| AC-3 | Yes | Yes |\n';
    expect(gateRows(soc2)).toEqual(['table:AC-2 — Operating effective?=fail@5', 'table:AC-3=pass@6']);
    // an HTML header spanning two columns (`Status` over `EU` and `US`)
    const spanning = '## Acceptance\n\n<table>\n<tr><th rowspan="2">Criterion</th><th colspan="2">Status</th></tr>\n<tr><th>EU</th><th>US</th></tr>\n<tr><td>Pen test</td><td>✅</td><td>❌</td></tr>\n<tr><td>DPIA</td><td>✅</td><td>✅</td></tr>\n</table>\n';
    expect(gateRows(spanning)).toEqual(['table:Pen test — Status US=fail@6', 'table:DPIA=pass@7']);
  });

  it('sets aside the earlier entries of a log kept across releases', () => {
    const log = [
      '# Evidence log', '', '## Current release: 4.8.0', '', '| Criterion | Status |', '|---|---|', '| Canary | ⏳ Pending |', '',
      '## Release history', '', '### 4.7.1', '', '**Gate 2**: ❌ FAILED', '', '| Criterion | Status |', '|---|---|', '| Canary | ❌ Fail |', '',
      '- [ ] Rollback drill', '', 'Runbook: `docs/old/ROLLBACK_v1.md`', '', 'CI run: https://github.com/o/r/actions/runs/13651120094', '',
    ].join('\n');
    const read = model(log);
    expect(gateRows(log)).toEqual(['table:Canary=pending@7']);
    expect(read.files.map((file) => `${file.cited}:${file.kind}`)).toEqual(['docs/old/ROLLBACK_v1.md:mention']);
    expect(read.runs.map((run) => `${run.id}:${run.expected}`)).toEqual(['13651120094:any']);
    const versions = '# Log\n\n## 8.2.0 (current)\n\n### Acceptance criteria\n\n| Criterion | Status |\n|---|---|\n| Login | ✅ |\n\n## 8.1.0 (2024-10-15)\n\n### Acceptance criteria\n\n| Criterion | Status |\n|---|---|\n| SAML | ❌ |\n\n## 7.9.x and earlier\n\n| Criterion | Status |\n|---|---|\n| Old | ⏳ |\n';
    expect(gateRows(versions)).toEqual(['table:Login=pass@9']);
    // without a mark of the current entry, sections named by versions are all read: one report may cover several components
    expect(gateRows('# R\n\n## api 2.3\n\n| Criterion | Status |\n|---|---|\n| Smoke | ✅ |\n\n## web 1.4\n\n| Criterion | Status |\n|---|---|\n| Smoke | ❌ |\n')).toEqual([
      'table:Smoke=pass@7',
      'table:Smoke=fail@13',
    ]);
    // a history of this release's own gates is read
    expect(gateRows('## Phase gate history\n\n| Gate | Outcome |\n|---|---|\n| PVT | Failed |\n')).toEqual(['table:PVT=fail@5']);
  });

  it('reads a log as a log only when one entry says it is the current one, and never the title', () => {
    // a current status section and a dated criteria section are not entries of a log
    expect(gateRows('# R\n\n## Current status (as of 2024-11-20)\n\nGreen.\n\n## Exit criteria (2024-11-20)\n\n| Criterion | Status |\n|---|---|\n| Load | ❌ Fail |\n')).toEqual(['table:Load=fail@11']);
    // the same release named twice is no earlier entry
    expect(gateRows('# R\n\n## This release: 2.4.0 (current)\n\nSummary.\n\n## 2.4.0 exit criteria\n\n| Criterion | Status |\n|---|---|\n| Load | ❌ Fail |\n')).toEqual(['table:Load=fail@11']);
    expect(gateRows('# Archive service 1.4 go-live readiness\n\n## Exit criteria\n\n| Criterion | Status |\n|---|---|\n| Load | ❌ Fail |\n')).toEqual(['table:Load=fail@7']);
    expect(gateRows('# R\n\n## Archive integrity controls\n\n| Control | Status |\n|---|---|\n| AR-1 | ❌ Fail |\n\n## Previous version compatibility gates\n\n| Gate | Status |\n|---|---|\n| v1 clients | ❌ Fail |\n')).toEqual([
      'table:AR-1=fail@7',
      'table:v1 clients=fail@13',
    ]);
    expect(model('# R\n\n## Evidence archive\n\n- `docs/evidence/2024/pentest.pdf`\n').files.map((file) => file.kind)).toEqual(['claim']);
    // a run cited in the history and again as this release's evidence is judged as this release's
    expect(model('# R\n\n## Release history\n\nCI run 13651120094\n\n## Evidence\n\nCI run 13651120094\n').runs.map((run) => run.expected)).toEqual(['success']);
  });

  it('sets a section aside by its first words or a bracket that says it is no gate, not by a bracket that only mentions one', () => {
    expect(gateRows('# Go-live (later phases out of scope)\n\n## Exit criteria (optional items marked with *)\n\n| Criterion | Status |\n|---|---|\n| Load | ❌ Fail |\n')).toEqual(['table:Load=fail@7']);
    expect(gateRows('## Open items (not part of this acceptance)\n\n| Criterion | Status |\n|---|---|\n| Docs | Pending |\n')).toEqual([]);
    // what the paragraph before a table says is read in its last sentence
    expect(gateRows('## Exit criteria\n\nTwo bugs remain; none blocks the release. The criteria:\n\n| Criterion | Status |\n|---|---|\n| Load | ❌ Fail |\n')).toEqual(['table:Load=fail@7']);
    expect(gateRows('## Exit criteria\n\n| Criterion | Status |\n|---|---|\n| A | ✅ |\n\nDeferred to 2.5:\n\n| Criterion | Status |\n|---|---|\n| B | Pending |\n')).toEqual(['table:A=pass@5']);
  });

  it('judges parallel columns, the latest of a sequence, and falls back to an earlier column left blank by a later one', () => {
    expect(gateRows('## Exit criteria\n\n| Check | DC1 status | DC2 status |\n|---|---|---|\n| Failover | ❌ Fail | ✅ Pass |\n')).toEqual(['table:Failover=fail@5']);
    expect(gateRows('## Exit criteria\n\n| Check | Result (2.4) | Result (2.3) |\n|---|---|---|\n| Checkout | ✅ Pass | ❌ Fail |\n')).toEqual(['table:Checkout=pass@5']);
    expect(gateRows('## Exit criteria\n\n| Test | Result | Retest result |\n|---|---|---|\n| Login | ✅ Pass | — |\n| Search | ❌ Fail | |\n')).toEqual(['table:Login=pass@5', 'table:Search=fail@6']);
    // a row's dash in one column where another gives a verdict; a pass beside a not-applicable
    expect(gateRows('## Exit criteria\n\n| Check | Status (Staging) | Status (Prod) |\n|---|---|---|\n| Smoke | ✅ Pass | ✅ Pass |\n| NLB (US only) | — | ✅ Pass |\n| Apple Pay | N/A | ✅ Pass |\n| Cache | ✅ Pass | — |\n')).toEqual([
      'table:Smoke=pass@5',
      'table:NLB (US only) — Status (Prod)=pass@6',
      'table:Apple Pay — Status (Prod)=pass@7',
      'table:Cache=pass@8',
    ]);
    // the column that decides is read with the row's notes
    expect(gateRows('## Exit criteria\n\n| Check | Status (Dev) | Status (Prod) | Notes |\n|---|---|---|---|\n| Smoke | ✅ Pass | ✅ Pass | |\n| Load | — | ✅ Pass | Prod report not yet received |\n| Cache | ✅ Pass | — | |\n')).toEqual([
      'table:Smoke=pass@5',
      'table:Load — Status (Prod)=pending@6',
      'table:Cache=pass@7',
    ]);
    // columns named for what they cover, holding short verdicts; not properties
    expect(gateRows('## Readiness criteria\n\n| Criterion | iOS | Android | Blocking |\n|---|---|---|---|\n| Unit tests | ✅ | ✅ | ❌ |\n| Push prompt | ✅ | ❌ Fail | ✅ |\n| Apple Pay | ✅ | N/A | ✅ |\n')).toEqual([
      'table:Unit tests=pass@5',
      'table:Push prompt — Android=fail@6',
      'table:Apple Pay=pass@7',
    ]);
    // symbols alone make a matrix of yes and no: what is supported, who was present
    expect(gateRows('## Acceptance\n\n| Feature | NT-200 | NT-300 |\n|---|---|---|\n| Matter 1.3 | ❌ | ✅ |\n| Delta OTA | ❌ (flash too small) | ✅ |\n')).toEqual([]);
    expect(gateRows('## Sign-off meeting\n\n| Name | Team | Present |\n|---|---|---|\n| Leo Martin | Support | ❌ (sent notes by mail) |\n')).toEqual([]);
    expect(gateRows('## Exit criteria\n\n| Criterion | Status | Needs approval | Blocking? |\n|---|---|---|---|\n| Smoke | ✅ Pass | No | No |\n')).toEqual(['table:Smoke=pass@5']);
    // beside an Expected column a Result is what happened; a waiver in any column speaks for the row
    expect(gateRows('## Acceptance criteria\n\n| Test | Expected | Result | Status |\n|---|---|---|---|\n| Wrong password | Rejected | Rejected with 401 | ✅ Pass |\n')).toEqual(['table:Wrong password=pass@5']);
    expect(gateRows('## Exit criteria\n\n| Criterion | Result | Status |\n|---|---|---|\n| Load | ❌ Fail | Waived (WVR-7, CTO) |\n')).toEqual(['table:Load=not-applicable@5']);
  });

  it('lets a waiver accept a result, not its own approval nor a parallel column', () => {
    const table = (header: string, row: string) => `## Release gates\n\n| Gate | ${header} |\n|---|---|---|\n| Pen test | ${row} |\n`;
    expect(gateRows(table('Status | CISO approval', 'Waived (WVR-7) | ❌ Rejected'))).toEqual(['table:Pen test — CISO approval=fail@5']);
    expect(gateRows(table('Status (Dev) | Status (Prod)', '❌ Fail | Waived (WVR-7)'))).toEqual(['table:Pen test=fail@5']);
    expect(gateRows(table('Result | Status', '❌ Fail | Waived (WVR-7)'))).toEqual(['table:Pen test=not-applicable@5']);
    // `No exception noted` is an auditor's pass, not a waiver
    expect(gateRows(table('Design effective? | Operating effective?', 'No exception noted | ❌ Ineffective'))).toEqual(['table:Pen test — Operating effective?=fail@5']);
  });

  it('reads columns in sequence by runs, candidates and dates, and platform versions side by side', () => {
    const table = (header: string, row: string) => `## Release gates\n\n| Gate | ${header} |\n|---|---|---|\n| Load | ${row} |\n`;
    expect(gateRows(table('Result 15.05.2024 | Result 01.06.2024', '✅ Pass | ❌ Fail'))).toEqual(['table:Load=fail@5']);
    expect(gateRows(table('RC-1 | RC-2', '❌ Fail | ✅ Pass'))).toEqual(['table:Load=pass@5']);
    expect(gateRows(table('1st run | 2nd run', '❌ Fail | ✅ Pass'))).toEqual(['table:Load=pass@5']);
    expect(gateRows(table('Submission 1 (2024-08-02) | Submission 2 (2024-08-19)', '❌ Fail | ✅ Pass'))).toEqual(['table:Load=pass@5']);
    expect(gateRows(table('Submission 1 | Submission 2', '✅ Pass | ❌ Fail'))).toEqual(['table:Load=fail@5']);
    // rows of one thing that say which attempt they are in another cell: the rescan decides
    const scans = '## Scan results\n\n| Quarter | ASV scan | Result |\n|---|---|---|\n| Q1 2024 | Initial scan 2024-02-02 | Fail (CVE-2023-44487) |\n| Q1 2024 | Rescan 2024-02-16 | Pass |\n| Q2 2024 | 2024-05-10 | Fail |\n';
    expect(gateRows(scans)).toEqual(['table:Q1 2024=not-applicable@5', 'table:Q1 2024=pass@6', 'table:Q2 2024=fail@7']);
    expect(gateRows(table('Python 3.11 | Python 3.12', '❌ Fail | ✅ Pass'))).toEqual(['table:Load=fail@5']);
    // a blank release column does not stand on the release before
    expect(gateRows(table('Result (2.3) | Result (2.4)', '✅ Pass | —'))).toEqual(['table:Load=unknown@5']);
    // a dash does not give way to an approval
    expect(gateRows(table('Status | Approval', '— | ✅ Approved'))).toEqual(['table:Load=unknown@5']);
    // a Result of verdicts beside an Expected column is judged; one that repeats what was expected is not
    expect(gateRows('## Acceptance tests\n\n| Test | Expected | Status | Result |\n|---|---|---|---|\n| Lockout | 423 after 5 attempts | ✅ Executed | ❌ Fail |\n')).toEqual(['table:Lockout — Result=fail@5']);
    expect(gateRows('## Release gates\n\n| Gate | Planned date | Status | Workflow result |\n|---|---|---|---|\n| Build | 2024-06-03 | ✅ Done | ❌ Failed |\n')).toEqual(['table:Build — Workflow result=fail@5']);
    // Before and After compare states; they are no verdicts of the row
    expect(gateRows('## Acceptance criteria\n\n| Criterion | Before | After | Status |\n|---|---|---|---|\n| p99 | ❌ Fail | ✅ Pass | ✅ Met |\n')).toEqual(['table:p99=pass@5']);
  });

  it('takes a log entry for an earlier one only when its version is lower, or a pre-release of the current', () => {
    const log = '# Log\n\n## Upgrade path from 2.3 (current version)\n\nSteps.\n\n## 2.4 release gates\n\n| Gate | Status |\n|---|---|\n| Pen test | ❌ Fail |\n';
    expect(gateRows(log)).toEqual(['table:Pen test=fail@11']);
    const rc = '# Log\n\n## 2.4.0 (current)\n\n| Gate | Status |\n|---|---|\n| Pen test | ✅ Pass |\n\n## 2.4.0-rc1\n\n| Gate | Status |\n|---|---|\n| Pen test | ❌ Fail |\n\n## Release history 2023–2024\n\n| Gate | Status |\n|---|---|\n| Old | ❌ Fail |\n';
    expect(gateRows(rc)).toEqual(['table:Pen test=pass@7']);
  });

  it('holds a waiver to its own decision, not to the work it lets follow', () => {
    const table = [
      '## Exit criteria',
      '',
      '| Criterion | Status | Notes |',
      '|---|---|---|',
      '| Load | Waived | Approved by CTO; remediation deferred to 2.5 |',
      '| SAST | Risk accepted | Signed by CISO; patch pending upstream release |',
      '| Perf | Waived | retest scheduled for 12 June |',
      '| CSP | Waived | granted by the CISO, renewal review due 2025-02-15 |',
      '| NG-06 | ⚠️ Risk accepted (WVR-2024-014) | |',
      '| DP-07 | Exception granted (RET-EX-14) | |',
      '| A.7.4 | Risk accepted (expired) | RA-2023-014 ran to 2024-06-30; renewal not yet tabled |',
      '| p99 | Waived | submitted to the CISO, decision expected next week |',
      '| p95 | Waived | draft, not yet accepted |',
    ].join('\n');
    expect(gateRows(table)).toEqual([
      'table:Load=not-applicable@5',
      'table:SAST=pass@6',
      'table:Perf=not-applicable@7',
      'table:CSP=not-applicable@8',
      'table:NG-06=pass@9',
      'table:DP-07=pass@10',
      'table:A.7.4=pending@11',
      'table:p99=pending@12',
      'table:p95=pending@13',
    ]);
  });

  it('of status columns in sequence, judges the latest, and no ticket state or observed outcome', () => {
    const retest = '## Test gates\n\n| Test | Result | Retest result |\n|---|---|---|\n| API contract | ❌ Fail | ✅ Pass |\n| UI | ✅ Pass | ❌ Fail |\n';
    expect(gateRows(retest)).toEqual(['table:API contract=pass@5', 'table:UI=fail@6']);
    const runs = '## Acceptance\n\n| Criterion | Run 1 result | Run 2 result |\n|---|---|---|\n| Soak | ❌ Fail | ✅ Pass |\n';
    expect(gateRows(runs)).toEqual(['table:Soak=pass@5']);
    const tickets = '## Release gate\n\n| Gate | Result | Status |\n|---|---|---|\n| OTA | ✅ PASSED | In review |\n| Unit tests | ✅ PASSED | Closed |\n';
    expect(gateRows(tickets)).toEqual(['table:OTA=pass@5', 'table:Unit tests=pass@6']);
    const observed = '## Test results\n\n| ID | Expected result | Actual result | Pass/Fail |\n|---|---|---|---|\n| CP-06 | Declined with R13 | Declined with R13 | PASS |\n| CP-09 | Queued | Queued | PASS |\n';
    expect(gateRows(observed)).toEqual(['table:CP-06=pass@5', 'table:CP-09=pass@6']);
  });

  it('reads the status column that holds verdicts, beside one of measurements, ranges or names', () => {
    const pvt = '## Exit criteria\n\n| # | Criterion | Target | Result | Status |\n|---|---|---|---|---|\n| 1 | First-pass yield | ≥ 97 % | 98.6 % | Met |\n| 2 | Burn-in | 0 failures | 2 failures | Not met |\n';
    expect(gateRows(pvt)).toEqual(['table:First-pass yield=pass@5', 'table:Burn-in=fail@6']);
    const oq = '## Acceptance\n\n| Test ID | Expected result | Actual result | Pass/Fail |\n|---|---|---|---|\n| OQ-12 | Locked after 3 attempts | Prompted; rejected after wrong password | Pass |\n';
    expect(gateRows(oq)).toEqual(['table:OQ-12=pass@5']);
    const coverage = '## Acceptance\n\n| Requirement group | Verified in | Status |\n|---|---|---|\n| Audit trail | OQ-031..OQ-037 | ✅ Verified |\n| Archival | — | N/A – module not licensed here |\n';
    expect(gateRows(coverage)).toEqual(['table:Audit trail=pass@5', 'table:Archival=not-applicable@6']);
    // who verified a row is no status; `Closed` is one
    const closure = '## Acceptance\n\n| Ref | Corrective action | Verified by | Closed |\n|---|---|---|---|\n| NC-01 | SCIM deprovisioning | G. Morrow | ✅ 2024-10-11 |\n| NC-02 | Template revised | G. Morrow | |\n';
    expect(gateRows(closure)).toEqual(['table:NC-01=pass@5', 'table:NC-02=unknown@6']);
  });

  it('fails a passed row whose measured value misses its target', () => {
    const sre = '## Readiness criteria\n\n| # | Criterion | Target | Measured | Status |\n|---|---|---|---|---|\n| R3 | p99 latency | ≤ 200 ms | 340 ms | ✅ |\n| R4 | Error rate | < 0.5 % | 0.04 % | ✅ |\n| R5 | Install time | max 20 min | 27 min | ❌ |\n';
    const report = model(sre);
    expect(gateRows(sre)).toEqual(['table:p99 latency=fail@5', 'table:Error rate=pass@6', 'table:Install time=fail@7']);
    expect(report.gates[0].rows[0].shortfall).toEqual({measured: '340 ms', target: '≤ 200 ms'});
    expect(report.gates[0].rows[2].shortfall).toBeUndefined();
  });

  it('holds a measured column to the bound its criterion ends with, in other languages too, and counts of the same thing', () => {
    const abnahme = '## Abnahmekriterien\n\n| Kriterium | Ergebnis | Status |\n|---|---|---|\n| CAN-Latenz (Ziel: ≤ 50 ms) | 62 ms | erfüllt |\n| Bremslatenz (Ziel: ≤ 50 ms) | 42 ms | erfüllt |\n';
    expect(gateRows(abnahme)).toEqual(['table:CAN-Latenz (Ziel: ≤ 50 ms)=fail@5', 'table:Bremslatenz (Ziel: ≤ 50 ms)=pass@6']);
    const recette = '## Critères de recette\n\n| Critère | Résultat | Statut |\n|---|---|---|\n| Tous les tests de non-régression réussis | 11/12 réussis | Conforme |\n';
    expect(gateRows(recette)).toEqual(['table:Tous les tests de non-régression réussis=fail@5']);
    const piloto =
      '## Criterios de aceptación\n\n| Criterio | Objetivo | Resultado | Estado |\n|---|---|---|---|\n| Incidentes críticos | máx. 2 incidentes críticos | 3 incidentes críticos | Cumple |\n| Incidentes graves | máx. 5 incidentes graves | 1 incidente grave | Cumple |\n';
    expect(gateRows(piloto)).toEqual(['table:Incidentes críticos=fail@5', 'table:Incidentes graves=pass@6']);
    const canary = '## Canary analysis\n\n| Metric | Baseline | Canary | Threshold | Verdict |\n|---|---|---|---|---|\n| HTTP 5xx error rate | 0.04% | 0.15% | < 0.1% | ✅ |\n| p99 latency | 410 ms | 388 ms | < 500 ms | ✅ |\n';
    expect(gateRows(canary)).toEqual(['table:HTTP 5xx error rate=fail@5', 'table:p99 latency=pass@6']);
  });

  it('reads a Decision column as the status beside a Result of measured values', () => {
    const markdown = '# Model release gate\n\n| Gate | Target | Result | Decision |\n|---|---|---|---|\n| Fairness review | ≤ 1.0 pp | 0.4 pp | On hold |\n| Latency | ≤ 100 ms | 80 ms | Approved |\n';
    expect(gateRows(markdown)).toEqual(['table:Fairness review=pending@5', 'table:Latency=pass@6']);
  });

  it('reads a target column of bare values with the bound each metric implies', () => {
    const drill = '## Acceptance\n\n| Objective | Target | Achieved | Met? |\n|---|---|---|---|\n| Recovery time objective (RTO) | 15 minutes | 22 minutes | Yes |\n| Recovery point objective (RPO) | 5 minutes | 2 minutes | Yes |\n';
    expect(gateRows(drill)).toEqual(['table:Recovery time objective (RTO)=fail@5', 'table:Recovery point objective (RPO)=pass@6']);
    const slo = '## Acceptance\n\n| SLO | Objective | Actual | Met |\n|---|---|---|---|\n| Login availability | 99.95% | 99.90% | Met |\n| Soak duration | 24 hours | 20 hours | Met |\n';
    expect(gateRows(slo)).toEqual(['table:Login availability=fail@5', 'table:Soak duration=pass@6']);
    expect(model(slo).gates[0].rows[0].shortfall).toEqual({measured: '99.90%', target: '≥ 99.95%'});
  });

  it('fails a passed row whose status opens with a value that misses the bound its criterion ends with', () => {
    const soak =
      '## Gate acceptance\n\n| Criterion | Status |\n|---|---|\n| All UAT scripts passed | ✅ 187/196 |\n| p95 latency ≤ 1.2 s | ✅ hit 1.3 s in the soak |\n' +
      '| Throughput ≥ 1,000 req/s | ✅ 850 rps |\n| Restore time ≤ 4 hours | ✅ 3.5 h |\n| Throughput ≥ 1,000 req/s | ✅ 200 req/s above target |\n';
    expect(gateRows(soak)).toEqual(['table:All UAT scripts passed=fail@5', 'table:p95 latency ≤ 1.2 s=fail@6', 'table:Throughput ≥ 1,000 req/s=fail@7', 'table:Restore time ≤ 4 hours=pass@8', 'table:Throughput ≥ 1,000 req/s=pass@9']);
    expect(model(soak).gates[0].rows[2].shortfall).toEqual({measured: '850 rps', target: '≥ 1,000 req/s'});
  });

  it('names a row by another column when the gate column holds thresholds', () => {
    const fairness = '## Acceptance criteria\n\n| Check | Criterion | Result | Verdict |\n|---|---|---|---|\n| Rate ratio across age bands | 0.8 – 1.25 | 0.91 – 1.12 | Pass |\n| FPR gap | ≤ 0.5 pt | max 0.31 pt | Pass |\n';
    expect(gateRows(fairness)).toEqual(['table:Rate ratio across age bands=pass@5', 'table:FPR gap=pass@6']);
  });

  it('reads a duty not due in this period as not applicable', () => {
    const pci = '## Acceptance\n\n| Requirement | Current status |\n|---|---|\n| 1.2.7 | Not due this quarter — next review June 2025 |\n';
    expect(gateRows(pci)).toEqual(['table:1.2.7=not-applicable@5']);
  });

  it('reads the sections of a gate section as gates, boxes under a results heading, and a compliance table as results', () => {
    const readiness = '## Readiness checklist\n\n### Operations\n\n- [x] Runbook written\n- [ ] Pager rotation configured\n\n## Rollout plan\n\n### Week 1\n\n- [ ] 1% canary\n';
    expect(gateRows(readiness)).toEqual(['checklist:Runbook written=pass@5', 'checklist:Pager rotation configured=pending@6']);
    const checks = '## Release verification checks\n\n- [x] Signatures good\n- [ ] Apache RAT: 0 files without a header\n\n## Test results\n\n### Manual\n\n- [x] Chrome\n- [ ] Safari 16\n';
    expect(gateRows(checks)).toEqual([
      'checklist:Signatures good=pass@3',
      'checklist:Apache RAT: 0 files without a header=pending@4',
      'checklist:Chrome=pass@10',
      'checklist:Safari 16=pending@11',
    ]);
    // what is yet to come under a gate section, and steps to follow next time under a results one, are no gates
    const later = [
      '## Release readiness',
      '',
      '### Next steps',
      '',
      '- [ ] Remove the old cron entry',
      '',
      '### Open risks',
      '',
      '| Risk | Status |',
      '|---|---|',
      '| Cold start | Open |',
      '',
      '## Verification',
      '',
      'For the next upgrade, the same verification should be repeated:',
      '',
      '- [ ] `kubectl get nodes`',
      '- [ ] Check the ingress dashboard',
      '',
    ].join('\n');
    expect(gateRows(later)).toEqual([]);
    const compliance = '## Compliance\n\n| Certification | Status | Reference |\n|---|---|---|\n| UL 60730-1 | ✅ Approved | letter |\n| FCC Part 15C | Not yet | lab slot booked |\n| Wi-Fi, T2-L | N/A | no radio |\n';
    expect(gateRows(compliance)).toEqual(['table:UL 60730-1=pass@5', 'table:FCC Part 15C=pending@6']);
  });

  it('judges an empty cell among results, and reads an inspection\'s Accept and a conditional approval', () => {
    const erasure = '## System-by-system verification\n\n| System | Method | Verified |\n|---|---|---|\n| CRM | Query returns 0 rows | ✅ Yes |\n| Mixpanel | Task ID 88213 | |\n';
    expect(gateRows(erasure)).toEqual(['table:CRM=pass@5', 'table:Mixpanel=unknown@6']);
    const fai = '## Characteristic results\n\n| Char | Measured | Result |\n|---|---|---|\n| 14 | 6.36 | Accept |\n| 15 | 6.52 | Reject |\n\n## FAI Approval\n\n| Step | By | Status |\n|---|---|---|\n| MRB disposition | Customer MRB | Conditional |\n\n## Approval history\n\n| Step | Status |\n|---|---|\n| Draft | Open |\n';
    expect(gateRows(fai)).toEqual(['table:14=pass@5', 'table:15=fail@6', 'table:MRB disposition=pending@12']);
  });

  it('reads Signed and In remediation, a written sign-off still to follow, and no change log as a gate', () => {
    const signOffs = '## Sign-offs\n\n| Sign-off | Signatory | Status |\n|---|---|---|\n| Validation report | Eva Sandberg | Signed |\n| Access cleanup | L. Brenner | In remediation |\n';
    expect(gateRows(signOffs)).toEqual(['table:Validation report=pass@5', 'table:Access cleanup=pending@6']);
    const cells = '## Approvals\n\n| Role | Name | Sign-off |\n|---|---|---|\n| CISO | Daniel Kim | Verbal approval 2024-10-18; written sign-off to follow |\n| CTO | Ann Lee | Ann Lee, 2024-10-18 |\n';
    expect(gateRows(cells)).toEqual(['table:CISO=pending@5', 'table:CTO=pass@6']);
    const changes = '## System changes in the period\n\n| Change control | Description | Closed |\n|---|---|---|\n| CC-24-0312 | Patch 5.3.2 | 12 Apr 2024 |\n';
    expect(gateRows(changes)).toEqual([]);
  });

  it('reads a list under a gate or results heading across prose or a label between them, but not across a label that sets it aside', () => {
    const validation = '## Vehicle validation\n\nAll runs were on the HIL rig in Munich.\n\n- ✅ Install on set A\n- ✅ Rollback on set B; set C rerun pending\n\n## Acceptance criteria\n\nDeferred to 2.5:\n\n- [ ] Dark mode\n\nRollback took 11 minutes. Items reviewed with SRE:\n\n- [ ] On-call rota confirmed\n\nDeferred to v2.5:\n\n- [ ] Sepia mode\n';
    expect(gateRows(validation)).toEqual(['checklist:Install on set A=pass@5', 'checklist:Rollback on set B=pending@6', 'checklist:On-call rota confirmed=pending@16']);
  });

  it('reads a status column that also names an owner, tests still running in a gate, and ✓ lists under results', () => {
    expect(gateRows('## Exit criteria\n\n| Criterion | Status / Owner |\n|---|---|\n| Pen test | ❌ Blocked / Jane |\n')).toEqual(['table:Pen test=fail@5']);
    expect(gateRows('## Release gate\n\n| Test | Status |\n|---|---|\n| Load test | Running |\n| Smoke | ✅ |\n')).toEqual(['table:Load test=pending@5', 'table:Smoke=pass@6']);
    expect(gateRows('## Smoke test results\n\n- ✓ Login\n- ✗ Checkout\n')).toEqual(['checklist:Login=pass@3', 'checklist:Checkout=fail@4']);
    // the last sentence before a list says what it is: set aside, or not named a gate by an earlier one
    expect(gateRows('## Acceptance criteria\n\nNo sign-off is needed for docs. Ideas for later:\n\n- [ ] Dark mode\n\nThese were moved to the next release.\n\n- [ ] Sepia\n')).toEqual([]);
  });

  it('does not judge a snapshot of what runs, even under a sign-off heading, nor a table of counts', () => {
    const snapshot = '## Cluster state at sign-off (live snapshot)\n\n| Component | Namespace | Status |\n|---|---|---|\n| coredns | kube-system | ✅ Running |\n| autoscaler | kube-system | Running |\n| legacy-cron | batch | Suspended (by design) |\n';
    expect(gateRows(snapshot)).toEqual([]);
    const counts = '## Requirements-based test results\n\n| Level | Requirements | Tests executed | Passed | Failed |\n|---|---|---|---|---|\n| HLR | 146 | 311 | 311 | 0 |\n| LLR | 529 | 1,204 | 1,204 | 0 |\n| Withdrawn | 38 | — | — | — |\n';
    expect(gateRows(counts)).toEqual([]);
  });

  it('reads a results table whose rows are named by finding or test ids when its column holds results', () => {
    const retest = '## Findings and retest results\n\n| ID | Finding | Retest result | Jira |\n|---|---|---|---|\n| NS-09 | Banner | ✅ Remediated | Closed |\n| NS-10 | CSV injection | ❌ Not remediated | Open |\n';
    expect(gateRows(retest)).toEqual(['table:NS-09=pass@5', 'table:NS-10=fail@6']);
    // a prose introduction that uses the word is no results heading; a label is
    const prose = '## Rollout\n\nThe Result column is the evaluation verdict; the Stage column shows where each runs.\n\n| Variant | Offline result | Stage |\n|---|---|---|\n| v7 | ❌ Fail | Shadow |\n';
    expect(gateRows(prose)).toEqual([]);
    expect(gateRows(prose.replace(/The Result column[^\n]*/, 'Offline results:'))).toEqual(['table:v7=fail@7']);
  });

  it('reads an Implemented? column as a status column', () => {
    expect(gateRows('| Control | Implemented? |\n|---|---|\n| A.5.1 | Yes |\n| A.8.2 | Yes w/ exceptions |\n')).toEqual(['table:A.5.1=pass@3', 'table:A.8.2=pending@4']);
  });

  it('judges a wait under a results heading, but not a live state', () => {
    const results = '## Verification results\n\n| Req ID | Test case | Result |\n|---|---|---|\n| SRS-1 | TC-1 | ⏳ Pending |\n| SRS-2 | TC-2 | Pass w/ deviation |\n| SRS-3 | TC-3 | ✅ Running |\n| SRS-4 | TC-4 | Verified |\n';
    expect(gateRows(results)).toEqual(['table:SRS-1=pending@5', 'table:SRS-2=pending@6', 'table:SRS-4=pass@8']);
    const validation = '## PIR — validation\n\n| Check | Outcome | Remarks |\n|---|---|---|\n| Load test | ✅ Pass | Not run yet, pending load-test slot |\n';
    expect(model(validation).gates[0].rows[0]).toMatchObject({status: '✅ Pass', note: 'Not run yet', verdict: 'pending'});
  });

  it('reads an unticked item its note says does not apply as not applicable, and names an item without its note', () => {
    const list = [
      '## Sign-off',
      '',
      '- [ ] Customer notice — not needed, no downtime expected (N/A)',
      '- [x] TTL lowered — still open, waiting on the registrar',
      '- [ ] Ops review',
      '- [x] Phase 2: Rotate production keys — pending security sign-off',
      '- [ ] Pen test — out of scope for this release',
      '- [ ] DAST scan — waived by the CISO (RA-31)',
      // N/A meaning a region, a note that is no N/A alone, and one that still waits
      '- [ ] Enable the flag (NA region)',
      '- [ ] Rollback plan — N/A for now',
      '- [ ] Review meeting — N/A — combined with Q3, pending scheduling',
      '- [ ] DPIA — not needed for beta, legal to confirm before GA',
      '- [ ] Legal review (not needed)',
    ].join('\n');
    expect(gateRows(list)).toEqual([
      'checklist:Customer notice=not-applicable@3',
      'checklist:TTL lowered=pending@4',
      'checklist:Ops review=pending@5',
      'checklist:Phase 2: Rotate production keys=pending@6',
      'checklist:Pen test=not-applicable@7',
      'checklist:DAST scan=not-applicable@8',
      'checklist:Enable the flag (NA region)=pending@9',
      'checklist:Rollback plan — N/A for now=pending@10',
      'checklist:Review meeting — N/A — combined with Q3, pending scheduling=pending@11',
      'checklist:DPIA — not needed for beta, legal to confirm before GA=pending@12',
      'checklist:Legal review=not-applicable@13',
    ]);
    expect(model(list).gates[0].rows[1]).toMatchObject({status: '[x]', note: 'still open'});
  });

  it('does not make gates of prose that merely names a gate word', () => {
    expect(gateRows('## Gate 7\n\n**Status:** ❌ FAILED\n')).toEqual([]);
    expect(gateRows('**Acceptance criteria:** Users can sign in with SSO; failed logins are rate-limited.\n**Go-live date:** TBD\n')).toEqual([]);
    expect(gateRows('## Checklist for next release\n\n- [ ] Add SSO\n\nAfter go-live we will:\n\n- [ ] Monitor dashboards\n')).toEqual([]);
  });

  it('keeps the unticked boxes of a nested list in its gate checklist, and its notes out', () => {
    expect(gateRows('## Acceptance criteria\n\n- [x] Parent item\n  - [ ] child not done\n  - ⚠️ p99 within 5% of threshold\n- [x] Other\n')).toEqual([
      'checklist:Parent item=pass@3',
      'checklist:child not done=pending@4',
      'checklist:Other=pass@6',
    ]);
    expect(model('## Acceptance criteria\n\n- [x] Parent item\n  - [ ] child not done\n').gates).toHaveLength(1);
  });

  it('reads task lists and status lists under a gate heading or label as checklists', () => {
    expect(gateRows('## Sign-off\n\n- [x] Security review\n- [ ] Ops review\n')).toEqual(['checklist:Security review=pass@3', 'checklist:Ops review=pending@4']);
    expect(gateRows('**Success Criteria**:\n- ✅ All sections filled\n- ❌ Drill run\n')).toEqual(['checklist:All sections filled=pass@2', 'checklist:Drill run=fail@3']);
    expect(gateRows('## Next Steps\n\n- [ ] Deploy\n1. ⏳ **Execute rehearsal**\n')).toEqual([]);
    expect(gateRows('### Release Gates\n\n- :white_check_mark: Load test\n- :x: Pen test\n')).toEqual(['checklist:Load test=pass@3', 'checklist:Pen test=fail@4']);
  });
});

describe('file citations', () => {
  const files = (markdown: string) => model(markdown).files.map((file) => `${file.kind}:${file.base}:${file.link ? 'link' : 'code'}:${file.cited}@${file.line}`);

  it('does not look for what a deferred or out-of-scope section names, save its links', () => {
    expect(files('## Deferred / Out of Scope\n\n- SBOM attestation, planned as `docs/security/sbom-policy.md`\n- [ETL runbook](../runbooks/etl.md)\n\n## Delivered\n\n- `docs/a.md`\n')).toEqual([
      'claim:report:link:../runbooks/etl.md@4',
      'claim:root:code:docs/a.md@8',
    ]);
  });

  it('takes a file noted as removed with a dash and a reason for gone, not one noted for what was removed from it', () => {
    expect(files('**Files Touched**:\n- `src/stubs.py` (removed - only existed for old revisions)\n- `src/env.py` (modified - removed the stub imports)\n- `src/loop.py` (removed: the legacy loop)\n')).toEqual([
      'claim:root:code:src/env.py@3',
      'claim:root:code:src/loop.py@4',
    ]);
  });

  it('claims files under deliverable and file headings, after a File label, and in file columns', () => {
    expect(files('## Deliverables\n\n### 1. Runbook\n**File**: `docs/runbooks/A.md`\n')).toEqual(['claim:root:code:docs/runbooks/A.md@4']);
    expect(files('## Files Added\n\n### Scripts\n- `scripts/export.sh`\n')).toEqual(['claim:root:code:scripts/export.sh@4']);
    expect(files('## Notes\n\n**File**: `a/b.md`\n')).toEqual(['claim:root:code:a/b.md@3']);
    expect(files('**Files Touched**:\n- Added: `scripts/v.py`\n')).toEqual(['claim:root:code:scripts/v.py@2']);
    expect(files('| Check | Status | Evidence |\n|---|---|---|\n| Log | ✅ | `direct_push.log` |\n')).toEqual(['claim:root:code:direct_push.log@3']);
  });

  it('does not claim a file noted as removed with a reason', () => {
    const list = [
      '## Files',
      '',
      '- `src/a.py` (deleted — the v2 scorer is gone)',
      '- Notebook `nb/b.ipynb` — removed from this release, replaced by the eval report',
      '- `src/c.py` — removed the old fallback',
      '- `src/d.py` (deleted — superseded by `src/e.py`)',
      '- `src/f.py` — removed from the hot path, now lazy-loaded',
      '- `src/g.py` (removed: the legacy backoff loop)',
    ].join('\n');
    expect(files(list)).toEqual(['claim:root:code:src/c.py@5', 'claim:root:code:src/e.py@6', 'claim:root:code:src/f.py@7', 'claim:root:code:src/g.py@8']);
  });

  it('claims the files a passed gate row cites as its evidence, and only what reads as a path anywhere', () => {
    const table = '## Operational readiness\n\n| Check | Status | Comment |\n|---|---|---|\n| Rollback runbook updated | ✅ | `release/24.11/rollback-runbook.md` on `release/24.11` |\n| Load test | ⏳ | `perf/report.md` to follow |\n';
    expect(files(table)).toEqual(['claim:root:code:release/24.11/rollback-runbook.md@5', 'mention:root:code:perf/report.md@6']);
  });

  it('claims the files a sentence says were filed or committed here', () => {
    const filed = 'Measurement data is filed as\n`quality/fai/cmm-report.pdf` and\n`quality/fai/profile.csv`.\n\nThe raw dump is in `out/raw.csv`.\n';
    expect(files(filed)).toEqual(['claim:root:code:quality/fai/cmm-report.pdf@2', 'claim:root:code:quality/fai/profile.csv@3', 'mention:root:code:out/raw.csv@5']);
  });

  it('does not claim a file the row places on a machine, in another repository or in a pipeline\'s output', () => {
    const table = [
      '## Operational readiness',
      '',
      '| Check | Evidence | Status |',
      '|---|---|---|',
      '| Checksums | diff written to `out/diff.csv` (0 lines) on the migration host | ✅ |',
      '| HIL suite | `hil/reports/` on the HIL server | ✅ |',
      '| Gateway route | `routes/suggest.yaml` in the edge-gateway repository | ✅ |',
      '| Signed | checked by the bootloader (in the tn-bootloader repo, `src/verify.c`) | ✅ |',
      '| Artefact | `dist/app-2.8.0.tgz` is produced by the release pipeline | ✅ |',
      '| Logs | agent tails `/var/log/app/batch.log` on each host | ✅ |',
      '| Runbook | `docs/runbook.md` in the repo root | ✅ |',
      '',
      '## Evidence',
      '',
      '- The old TLS config, `infra/legacy/ssl.conf`, was deleted together with the host.',
    ].join('\n');
    expect(files(table)).toEqual(['claim:root:code:docs/runbook.md@11']);
    const prose = [
      'The old module `a/b.tf` was deleted in that PR.',
      '',
      'The parser (`src/p.c`) was deleted in this baseline.',
      '',
      'The relay config, `infra/main.cf`, was removed in PR #4301 after cut-over.',
      '',
      'The failover runbook `docs/runbooks/FAILOVER_v1.md`, retired in August 2024, was replaced by v2.',
      '',
      'The engine lives in the credit-engine repository (`ce/x.py`), not here.',
      '',
      '## Evidence',
      '',
      '| E | Location |',
      '|---|---|',
      '| E-4 | audit file share, `WP-1/sample.xlsx` |',
      '| E-5 | `t.csv` in the inbound folder on `sftp-gw-01` |',
      '| E-6 | `src/f.py` was removed from the hot path |',
      '',
      '## Operational readiness',
      '',
      '| Check | Status | Comment |',
      '|---|---|---|',
      '| New script | ✅ | replaces `scripts/legacy.sh` |',
      '| Config | ✅ | `config/old.yml` no longer read |',
      '| Image | ✅ | `scripts/gone.sh` is gone from the image |',
      '| Health | ✅ | `docker/healthcheck.sh` in the api container |',
    ].join('\n');
    expect(files(prose)).toEqual(['claim:root:code:src/f.py@17', 'claim:root:code:docker/healthcheck.sh@26']);
    // A file renamed or moved away: its new name is what is there, in the languages of the built-in words too.
    expect(files('## Changes\n\nThe earlier draft `db/0212_split.sql` was renamed to `db/0212_profiles.sql` during review.\n')).toEqual(['mention:root:code:db/0212_profiles.sql@3']);
    expect(files('## Changes\n\n`ops/old-runbook.md` has been moved to `docs/runbooks/restore.md`.\n')).toEqual(['mention:root:code:docs/runbooks/restore.md@3']);
    for (const sentence of [
      'The legacy `ops/old.md` procedure was deleted after Wave 3.',
      'The old spreadsheet `ops/old.md` is retired and no longer kept in the repository.',
      '`ops/old.md` no longer exists; v2 is unchanged.',
      'Previously the instructions were in `ops/old.md`; that file was renamed to `ops/new.md` in this change.',
      'Replaced `ops/old.md` with `ops/new.md`.',
      'The `ops/old.md` page was merged into `ops/new.md`.',
      '`ops/old.md` renommé en `ops/new.md`.',
      'Die Checkliste `ops/old.md` wurde in `ops/new.md`\numbenannt.',
      'O plano antigo `ops/old.md` foi renomeado para `ops/new.md`.',
      'El PGD anterior `ops/old.md` se sustituyó por `ops/new.md` y se eliminó del repositorio.',
      'Le fichier `ops/old.md` a été déplacé vers `ops/new.md`.',
      'Het rapport `ops/old.md` is vervangen door het heronderzoek (`ops/new.md`).',
      'Il file `ops/old.md` è stato rinominato in `ops/new.md`.',
      'Il file è stato rinominato da `ops/old.md` a `ops/new.md`.',
      'Die Datei `ops/old.md` wurde umbenannt in `ops/new.md`.',
      'El archivo `ops/old.md` fue movido a `ops/new.md`.',
      'The SBOM was previously generated as `ops/old.md`; it is now `ops/new.md`.',
      'Updated runbook: `ops/new.md` (previously\n`ops/old.md`, renamed during the follow-up).',
    ]) {
      expect(files(`## Changes\n\n${sentence}\n`).filter((citation) => citation.includes('old.md')), sentence).toEqual([]);
    }
  });

  it('mentions files cited anywhere else', () => {
    expect(files('## Related Documents\n\n- `docs/adr/ADR-1.md` (strategy)\n')).toEqual(['mention:root:code:docs/adr/ADR-1.md@3']);
  });

  it('claims relative links and images, resolved from the report folder, and does not count their code text twice', () => {
    expect(files('See [`src/x.py` line 4](../src/x.py) and ![shot](./shot.png) and [web](https://example.com/a.md) and [top](#top)\n')).toEqual([
      'claim:report:link:../src/x.py@1',
      'claim:report:link:./shot.png@1',
    ]);
  });

  it('claims the targets of reference-style links where they are defined', () => {
    expect(files('See the [rollback runbook][rb].\n\n[rb]: ../runbooks/ROLLBACK.md\n[web]: https://example.com\n')).toEqual([
      'claim:report:link:../runbooks/ROLLBACK.md@3',
    ]);
  });

  it('skips files listed as removed, and code blocks', () => {
    expect(files('## Files Deleted\n\n- `old/gone.py`\n\n```\ncat `x/y.md`\n```\n')).toEqual([]);
    expect(files('| File | Status |\n|---|---|\n| `old/gone.py` | DELETED |\n| `new/here.py` | ADD |\n')).toEqual(['claim:root:code:new/here.py@4']);
  });

  it('skips files noted as deleted, struck through or renamed away, and deleted in a change column', () => {
    const list =
      '## Files changed\n\n- `src/a.ts` (deleted)\n- `src/b.ts` — 🗑️ deleted\n- ~~`src/c.ts`~~\n- `src/new.ts` (renamed from `src/old.ts`)\n- `src/kept.ts` — removed the legacy fallback\n' +
      '- `src/d.ts` (no longer needed, deleted)\n- `src/e.ts` [DELETED]\n- Deleted `src/f.ts`\n- `src/g.ts` → `src/h.ts` (renamed)\n- `src/i.ts` was removed in this PR.\n';
    expect(files(list)).toEqual(['claim:root:code:src/new.ts@6', 'claim:root:code:src/kept.ts@7', 'claim:root:code:src/h.ts@11']);
    const more =
      '## Files changed\n\n- `src/x.ts` (renamed to `src/y.ts`)\n- `src/flags.ts`: removed (feature shipped)\n- `src/stripe.ts` (removed debug logging)\n' +
      '- Removed the deprecated `infra/legacy-elb/` module (deleted; no users left)\n- Removed the fallback from `src/kept2.ts`\n';
    expect(files(more)).toEqual(['claim:root:code:src/y.ts@3', 'claim:root:code:src/stripe.ts@5', 'claim:root:code:src/kept2.ts@7']);
    const changes = '| File | Change |\n|---|---|\n| `src/a.ts` | Deleted (replaced by orders.ts) |\n| `src/b.ts` | 🗑️ Deleted |\n| `src/c.ts` | Renamed → `src/d.ts` |\n';
    expect(files(changes)).toEqual(['mention:root:code:src/d.ts@5']);
    const table = '| File | Change | Grade |\n|---|---|---|\n| `infra/waf.tf` | DEL | A |\n| `infra/old.tf` | D | A |\n| `infra/new.tf` | ADD | D |\n';
    expect(files(table)).toEqual(['claim:root:code:infra/new.tf@5']);
  });

  it('leaves a site template placeholder alone', () => {
    expect(files('## Evidence\n\n<img src="{{ site.baseurl }}/img/x.png">\n\n[x]({{ site.baseurl }}/a.md)\n')).toEqual([]);
  });

  it('claims the targets of HTML links and images, but not in comments or inside other attributes', () => {
    const markdown =
      '## Evidence\n\n<img src="shots/blocked.png" width="400">\n\nSee <a href=\'../runbooks/x.md\'>the runbook</a>.\n\n<!-- <img src="draft.png"> -->\n\n<p>\n<img alt="x src=evil.png" src=chart.svg>\n</p>\n';
    expect(files(markdown)).toEqual(['claim:report:link:shots/blocked.png@3', 'claim:report:link:../runbooks/x.md@5', 'claim:report:link:chart.svg@10']);
  });

  it('skips paths on someone\'s machine and files noted as kept outside the repository', () => {
    expect(files('## Artifacts\n\n- `~/.aws/credentials`\n- `%APPDATA%\\npm\\npmrc`\n- `dist/fw-2.4.1.hex` (attached to the GitHub release, not committed)\n- `build/app.apk` — gitignored\n- `docs/new.md` (not committed yet)\n')).toEqual([
      'claim:root:code:docs/new.md@7',
    ]);
    const notes = ['— pre-commit hook so API keys are not checked in', '(new; previously audit events were not tracked in git)', '— reads secrets so they stay gitignored-safe'];
    expect(files(`## Deliverables\n\n${notes.map((note, index) => `- \`src/f${index}.ts\` ${note}`).join('\n')}\n`)).toHaveLength(3);
  });

  it('resolves a code path that climbs out of the report folder from that folder', () => {
    expect(files('## Deliverables\n\n- `../runbooks/deploy.md`\n- `./scripts/deploy.sh`\n')).toEqual([
      'claim:report:code:../runbooks/deploy.md@3',
      'claim:root:code:./scripts/deploy.sh@4',
    ]);
  });
});

describe('run and PR citations', () => {
  const expectations = (markdown: string) => model(markdown).runs.map((run) => `${run.id}:${run.expected}@${run.line}`);

  it('reads a bare `Run N` of nine digits or more, not a count', () => {
    expect(expectations('| Check | Status | Evidence |\n|---|---|---|\n| Nightly | ✅ | Run 25139870112 |\n| Scan | ✅ | `scan.yml` run 25120046630 |\n\nWe run 100000000 iterations; the nightly run 20260512 is a date.\n')).toEqual([
      '25139870112:success@3',
      '25120046630:success@4',
    ]);
  });

  it('expects a run to fail where its row says the workflow is to fail, or a table of runs tells it failed', () => {
    const negative =
      '| Test | Expected | Actual | Run |\n|---|---|---|---|\n| Drift | `migration-check` fails | ❌ failed | 25455102778 |\n| Bad digest | Workflow refuses | Refused | 25455102779 |\n| Forged token | Request rejected (403) | ✅ rejected | 25455102780 |\n| Rollback | Succeeds | ✅ PASS (refusal expected) | 25455102781 |\n';
    expect(expectations(negative)).toEqual(['25455102778:failure@3', '25455102779:failure@4', '25455102780:success@5', '25455102781:failure@6']);
    const history = '| Run ID | Commit | Result |\n|---|---|---|\n| 25401187523 | `5c0a9e4` | ❌ FAILED |\n| 25401966310 | `8e12f7b` | ✅ SUCCESS |\n';
    expect(expectations(history)).toEqual(['25401187523:failure@3', '25401966310:success@4']);
    // A criterion not met is not a red run: the run that measured it may be green, or red; it is held to neither.
    expect(expectations('## Gates\n\n| Criterion | Status | Run |\n|---|---|---|\n| Coverage | ❌ Not met | 25401966311 |\n')).toEqual(['25401966311:any@5']);
  });

  const runs = (markdown: string) => model(markdown).runs.map((run) => ({id: run.id, line: run.line, repository: run.repository, placeholder: run.placeholder, expected: run.expected}));

  it('reads every form the real reports use', () => {
    const markdown = [
      '**Run ID:** 20726434680', // 1
      '', // 2
      'Evidence: CI run #20694685295', // 3
      '', // 4
      '| Job | Run ID |', // 5
      '|---|---|', // 6
      '| Tests | 20700000001 |', // 7
      '| Lint | [TBD] |', // 8
      '', // 9
      '- **CI Run URL**: [link](https://github.com/o/r/actions/runs/20710399190/job/59449422370?pr=17)', // 10
      '- https://github.com/o/r/actions/runs/[TBD]', // 11
    ].join('\n');
    expect(runs(markdown)).toEqual([
      {id: 20726434680, line: 1, repository: undefined, placeholder: false, expected: 'success'},
      {id: 20694685295, line: 3, repository: undefined, placeholder: false, expected: 'success'},
      {id: 20700000001, line: 7, repository: undefined, placeholder: false, expected: 'success'},
      {id: undefined, line: 8, repository: undefined, placeholder: true, expected: 'success'},
      {id: 20710399190, line: 10, repository: 'o/r', placeholder: false, expected: 'success'},
      {id: undefined, line: 11, repository: 'o/r', placeholder: true, expected: 'success'},
    ]);
  });

  it('reads a run id after a label that names its CI run in a few words', () => {
    expect(runs('**Post-upgrade CI run:** 21000000802\n\n**Nightly CI run ID:** 21000000803\n').map((run) => run.id)).toEqual([21000000802, 21000000803]);
  });

  it('counts a run cited by number and by URL once, with the URL repository, at its first line', () => {
    expect(runs('CI run 20696090612 passed.\n\n**Latest CI Run**: https://github.com/o/r/actions/runs/20696090612\n')).toEqual([
      {id: 20696090612, line: 1, repository: 'o/r', placeholder: false, expected: 'success'},
    ]);
  });

  it('expects failure of a run the report says failed on purpose', () => {
    expect(runs('**CI Run URL:** https://github.com/o/r/actions/runs/20710507987\n\n### Job Status: ❌ FAILED\n')[0].expected).toBe('failure');
    expect(runs('- **Drift Failure Run:** https://github.com/o/r/actions/runs/20710507987\n')[0].expected).toBe('failure');
    expect(runs('- **Status:** ✅ Succeeded\n- **URL:** https://github.com/o/r/actions/runs/20710399190\n')[0].expected).toBe('success');
  });

  it('expects failure where the report says a run was meant to fail: its section, its sentence, its row', () => {
    const url = 'https://github.com/o/r/actions/runs/1000000070';
    expect(runs(`### Negative test run (expected to fail)\n\n${url}\n`)[0].expected).toBe('failure');
    expect(runs(`This run is expected to fail (deliberately failing demo): ${url}\n`)[0].expected).toBe('failure');
    expect(runs(`The [demo run](${url}) is expected to fail.\n`)[0].expected).toBe('failure');
    expect(runs('CI run 12345678 passed. CI run 87654321 is expected to fail.\n').map((run) => run.expected)).toEqual(['success', 'failure']);
    expect(runs('| Workflow | Run ID | Result |\n|---|---|---|\n| Gate demo | 1000000062 | ❌ expected failure |\n| Build | 1000000063 | ✅ |\n').map((run) => run.expected)).toEqual([
      'failure',
      'success',
    ]);
  });

  it('does not expect failure of a run said to pass, or not to be expected to fail', () => {
    expect(runs('## Negative test (expected to fail)\n\nAfter removing the secret, CI run 900000011 passed.\n')[0].expected).toBe('success');
    expect(runs('This run is not expected to fail: CI run 900000012.\n')[0].expected).toBe('success');
    expect(runs('| Check | Run ID | Result |\n|---|---|---|\n| Fix verification | 900000010 | ✅ passes (previously expected to fail) |\n')[0].expected).toBe('success');
  });

  it('reads a failure word in a run label only when it describes the run', () => {
    expect(runs('- **Drift Failure Run:** https://github.com/o/r/actions/runs/20710507987\n')[0].expected).toBe('failure');
    expect(runs('**CI run after fixing the failing test:** https://github.com/o/r/actions/runs/3001000\n')[0].expected).toBe('success');
    for (const label of ['Demo run (expected to fail)', 'Run expected to fail', 'Demo run (intentionally failing)', 'Run that should fail']) {
      expect(runs(`**${label}:** https://github.com/o/r/actions/runs/5007000\n`)[0].expected).toBe('failure');
    }
    expect(runs('| Criterion | Status | Evidence |\n|---|---|---|\n| ADR-0002 fail-fast proof running in CI | ✅ Complete | CI run #20694685295 |\n')[0].expected).toBe('success');
  });

  it('does not take a red run, or a gate that must fail, for a failure expected', () => {
    // A red run told in its row is no planned failure, and is not held to success either.
    expect(runs('## CI\n\n| Job | Run | Result |\n|---|---|---|\n| build | https://github.com/o/r/actions/runs/111111111 | ❌ Failed |\n')[0].expected).toBe('any');
    expect(runs('## Security gate: PRs with critical CVEs must fail\n\nCI run 1000000066 is green.\n')[0].expected).toBe('success');
  });

  it('places a run at its text: a link at the link, a table value after the padding', () => {
    const report = model('See [the run](https://github.com/o/x/actions/runs/1000000092).\n\n| Workflow | Run ID |\n|---|---|\n| CI |    1000000091 |\n');
    expect(report.runs.map((run) => `${run.id}@${run.line}:${run.column}`)).toEqual(['1000000092@1:5', '1000000091@5:11']);
    const gates = model('## Sign-off\n\n- [ ] Security\n\n| Criterion | Status |\n|---|---|\n| X |   ⏳ |\n').gates;
    expect(gates.flatMap((gate) => gate.rows.map((row) => `${row.line}:${row.column}`))).toEqual(['3:7', '7:9']);
  });

  it('does not take a pass that mentions a failure for a failure expected', () => {
    const url = 'https://github.com/o/r/actions/runs/1000000062';
    expect(runs(`**CI run:** ${url}\n**Status:** ✅ Passed (the flaky test that used to fail intermittently is fixed)\n`)[0].expected).toBe('success');
    expect(runs(`**CI run:** ${url}\n**Status:** PASS (the earlier run failed as expected)\n`)[0].expected).toBe('success');
    expect(runs(`**CI run:** ${url}\n\n**Result:** ✅ All green; negative tests assert that bad input is rejected as expected\n`)[0].expected).toBe('success');
    // in a gate table, the gate's verdict speaks for a failed row: its run is held to no outcome
    expect(runs('## Acceptance\n\n| Criterion | Status | Run ID |\n|---|---|---|\n| CI green | ❌ | 1000000065 |\n')[0].expected).toBe('any');
  });

  it('attaches a list of passing checks introduced by a line naming checks to the run before it', () => {
    const {runs: found} = model('**Latest CI Run**: https://github.com/o/r/actions/runs/1234567\n\n### All Gates Passing ✅\n- ✅ Code Quality\n- ✅ Unit Tests (new tests)\n');
    expect(found[0].jobs).toEqual([
      {name: 'Code Quality', line: 4},
      {name: 'Unit Tests (new tests)', line: 5},
    ]);
  });

  it('attaches a check list to a run cited in its own heading', () => {
    const found = model('## Summary\n\nAll good.\n\n## CI run https://github.com/o/r/actions/runs/9100000030\n\n- ✅ lint\n').runs;
    expect(found[0].jobs.map((job) => job.name)).toEqual(['lint']);
  });

  it('reads a table of jobs and results after a run, unless the table cites runs of its own', () => {
    const run = '**CI run:** https://github.com/o/r/actions/runs/9100000018\n\n### CI jobs\n\n';
    expect(model(`${run}| Job | Result |\n|---|---|\n| lint | ✅ |\n| dependency-audit | ✅ Passed |\n| e2e | ⏭️ skipped |\n`).runs[0].jobs).toEqual([
      {name: 'lint', line: 7},
      {name: 'dependency-audit', line: 8},
    ]);
    const own = model(`${run}| Job | Run | Result |\n|---|---|---|\n| lint | 9100000019 | ✅ |\n`).runs;
    expect(own.map((citation) => citation.jobs)).toEqual([[], []]);
  });

  it('does not take the checklist of a later section for the checks of a run cited in the report\'s header', () => {
    const header = '# Season 14 launch\n\n**CI run**: https://github.com/o/r/actions/runs/12011290034\n\n';
    expect(model(`${header}## Deliverables\n\n- \`a.md\`\n\n## Launch gate checklist\n\n- [x] Store page localized\n- [x] Community briefed\n`).runs[0].jobs).toEqual([]);
    expect(model(`${header}### All Gates Passing ✅\n- ✅ Code Quality\n`).runs[0].jobs.map((job) => job.name)).toEqual(['Code Quality']);
  });

  it('does not take a list of criteria, or a list in a later section, for the run\'s checks', () => {
    const run = '## CI Evidence\n\n**CI Run**: https://github.com/o/r/actions/runs/1234567\n\n';
    const list = '- ✅ All tests pass\n- ✅ Coverage ≥ 80%\n';
    expect(model(`${run}### Gate criteria\n${list}`).runs[0].jobs).toEqual([]);
    expect(model(`${run}Acceptance gates:\n\n${list}`).runs[0].jobs).toEqual([]);
    expect(model(`${run}## Quality gates\n${list}`).runs[0].jobs).toEqual([]);
    expect(model(`${run}### Quality gates\n${list}`).runs[0].jobs.map((job) => job.name)).toEqual(['All tests pass', 'Coverage ≥ 80%']);
  });

  it('does not read a run number (`Run #18234`, as the Actions tab labels runs) for a run id', () => {
    const url = 'https://github.com/o/r/actions/runs/9100000016';
    expect(runs('The nightly regression (Run #18234 in the Actions tab) was green.\n')).toEqual([]);
    expect(runs(`**CI run:** [#18250](${url})\n`).map((run) => run.id)).toEqual([9100000016]);
    expect(runs('## CI\n\n| Workflow | Run number |\n|---|---|\n| Export | 18250 |\n| Import | 9100000017 |\n').map((run) => run.id)).toEqual([9100000017]);
    // a label or column that says id: a small server's shorter ids are ids
    expect(runs('**Run ID:** 123456\n\n| Job | Run ID |\n|---|---|\n| build | 654321 |\n').map((run) => run.id)).toEqual([123456, 654321]);
    expect(runs('**Run ID:** 123456 (GHES) ✅ passed\n\n**CI Run:** 20696090612 - all checks green\n\n**CI Run:** 3 runs, all green\n').map((run) => run.id)).toEqual([123456, 20696090612]);
  });

  it('takes what the report says of the latest attempt of a rerun run', () => {
    const base = 'https://github.com/o/r/actions/runs/9100000014/attempts';
    const rerun = `**CI run (attempt 1):** ${base}/1\n**Status:** ❌ Failed (flaky)\n\n**CI run (attempt 2):** ${base}/2\n**Status:** ✅ Passed\n`;
    expect(runs(rerun)).toMatchObject([{id: 9100000014, line: 4, expected: 'success'}]);
    const reversed = `**CI run (attempt 2):** ${base}/2 passed.\n\nThe first attempt, ${base}/1, failed as expected.\n`;
    expect(runs(reversed)).toMatchObject([{id: 9100000014, line: 1, expected: 'success'}]);
    const bareFirst = `**Run ID:** 9100000014\n\nAttempt 1 failed: ${base}/1\n\nAttempt 2: ${base}/2 ✅\n`;
    expect(runs(bareFirst)).toMatchObject([{id: 9100000014, line: 5, expected: 'success'}]);
    // a job of the run meant to fail, linked on its own, does not make the run one meant to fail
    const job = 'https://github.com/o/r/actions/runs/9100000014/job/30339847121';
    const withJob = `Attempt 1 failed: ${base}/1\n\nAttempt 2 was green: ${base}/2\n\nJob log: ${job} (expected to fail).\n`;
    expect(runs(withJob)).toMatchObject([{id: 9100000014, line: 3, expected: 'success'}]);
    expect(runs(`Job log: ${job} (expected to fail).\n\nThe run is green: https://github.com/o/r/actions/runs/9100000014\n`)).toMatchObject([{id: 9100000014, line: 3, expected: 'success'}]);
    // cited only by the job meant to fail, the run is still expected to have failed, as before
    expect(runs(`Job log: ${job} (expected to fail).\n`)).toMatchObject([{id: 9100000014, expected: 'failure'}]);
  });

  it('takes a dash in the run column of a step that was skipped for no run, and of one that passed for a placeholder', () => {
    const table = '## Pipeline\n\n| Stage | Run | Result |\n|---|---|---|\n| Rollback | — | ➖ SKIPPED (not required) |\n| Deploy | — | ✅ SUCCESS |\n';
    expect(runs(table)).toMatchObject([{line: 6, placeholder: true}]);
  });

  it('expects failure of a run the text right after it says failed, and of other words for a planned failure', () => {
    const url = 'https://github.com/o/r/actions/runs/9100000012';
    expect(runs('The regression was first caught by CI run 9100000012, which failed on the null check.\n')[0].expected).toBe('failure');
    expect(runs(`**Pipeline:** ${url} — failed at deploy step, re-running\n`)[0].expected).toBe('failure');
    // the report tells a red run as red, whatever it did next, and the words after a link read past code and emphasis
    expect(runs(`| 09:18 | CI run 9100000012 failed on the smoke test; on-call promoted the build manually |\n`)[0].expected).toBe('failure');
    expect(runs(`Eval pipeline: ${url} — failed at the \`eval-holdout\` step (OOM), re-run not yet done.\n`)[0].expected).toBe('failure');
    expect(runs(`See [the run](${url}) **❌ failed** on a timeout.\n`)[0].expected).toBe('failure');
    expect(runs('CI run 9100000012 failed again because the workaround script skipped archived accounts.\n')[0].expected).toBe('failure');
    // a sentence that calls the run it cites a failed one, in English and in other languages
    for (const sentence of ['The failed run is kept for traceability:', 'La ejecución fallida queda registrada:', 'Der fehlgeschlagene Lauf bleibt dokumentiert:']) {
      expect(runs(`${sentence} ${url}\n`)[0].expected, sentence).toBe('failure');
    }
    const notFailed = [
      'No failed runs since the fix:',
      'Re-run of the failed job passed:',
      'After re-running failed jobs, attempt 2 of the release workflow:',
      'Release workflow (0 failed jobs, 14 total):',
      'Failed runs: none since the fix — latest nightly',
      'This change fixes the failing nightly build reported in #412. Verification run:',
      'Account lockout after 5 failed login attempts is enforced in',
      'Se relanzó la ejecución fallida tras corregir la caché:',
    ];
    for (const sentence of notFailed) expect(runs(`${sentence} ${url}\n`)[0].expected, sentence).toBe('success');
    // a clause before a colon that says the run failed, and words after it in other languages
    expect(runs(`(success). CAP-03 k6 run, failed on the threshold:\n${url}\n`)[0].expected).toBe('failure');
    expect(runs(`The deploy pipeline failed on the migration step: ${url}\n`)[0].expected).toBe('failure');
    expect(runs(`Release workflow (0 failed jobs, 14 total): ${url}\n`)[0].expected).toBe('success');
    expect(runs(`The drill aborted the pipeline mid-rollout and the rollback job restored v2.3 cleanly: ${url}\n`)[0].expected).toBe('success');
    expect(runs(`This PR stops the failing cron workflow from paging on-call. Evidence run: ${url}\n`)[0].expected).toBe('success');
    expect(runs(`Run de contrôle : ${url} — échec, corrigé par le prestataire.\n`)[0].expected).toBe('failure');
    expect(runs(`La campagne CI ${url} a échoué (perte de liaison avec le banc).\n`)[0].expected).toBe('failure');
    expect(runs(`La pipeline di rilascio [run](${url}) è fallita sul job \`sign-artifacts\`.\n`)[0].expected).toBe('failure');
    expect(runs(`Full run: ${url} — failure on 0 of 48 hosts.\n`)[0].expected).toBe('success');
    expect(runs(`Stopped on the uniqueness check: ${url} (failure, expected behaviour).\n`)[0].expected).toBe('failure');
    // a failure told of the run before its re-run is cited is that of its first attempt
    const rerun = `The first run of the release workflow failed: ${url} — a registry timeout. We re-ran the failed jobs; the re-run ${url}/attempts/2 succeeded.\n`;
    expect(runs(rerun)).toMatchObject([{expected: 'success'}]);
    // a failure meant to happen, said in a bracket or in German; an earlier attempt's failure is history
    expect(runs(`| v6 (control) | ${url} | failed (expected) |\n`)[0].expected).toBe('failure');
    expect(runs(`Der abgebrochene Lauf wird nur erwähnt: ${url}\n(Ergebnis: fehlgeschlagen/abgebrochen — erwartet, da die Freigabe abgelehnt wurde).\n`)[0].expected).toBe('failure');
    const attempts = `| 9 | [run attempt 2](${url}/attempts/2) | success |\n\nThe first attempt of run ${url.slice(-10)} failed in the typescript job.\n`;
    expect(runs(attempts)).toMatchObject([{expected: 'success'}]);
    // two runs in one cell: `failed as intended` is the first's; a table of attempts tells each run's outcome; a failure demonstration is planned
    expect(runs('## Gates\n\n| Gate | Status | Evidence |\n|---|---|---|\n| Gate 2 | ✅ PASSED | Deliberate failure run 24013377881 (failed as intended), revert run 24013590112 green |\n').map((run) => run.expected)).toEqual(['failure', 'success']);
    expect(runs('| Attempt | Run ID | Result |\n|---|---|---|\n| 1 | 24040011223 | ❌ FAILED |\n| 2 | 24040455667 | ✅ SUCCESS |\n').map((run) => run.expected)).toEqual(['failure', 'success']);
    expect(gateRows('# Stage 5.0 Phase 2: Threshold Gate Failure Demonstration - Evidence\n\n## Gates\n\n| Gate | Status |\n|---|---|\n| Gate 1 | ✅ PASS |\n')).toEqual(['table:Gate 1=pass@7']);
    // a link's own text names it: `[failed run](…) → [fixed run](…)`
    expect(runs(`| BUG-88 | [failed run](${url.replace(/12$/, '13')}) → [fixed run](${url}) | Fixed |\n`).map((run) => run.expected)).toEqual(['success', 'success']);
    // a labelled line's sentence that goes on over two more lines, up to the next label
    const drift = `**Detected:** by the weekly drift job,\nrun ${url} — the job exited with\ncode 2 (changes present), which is how drift is signalled, so\nthe red status on that run is expected.\n**Owner:** SRE\n`;
    expect(runs(drift)[0].expected).toBe('failure');
    expect(runs(drift.replace('the red status on that run is expected', 'the on-call engineer was paged'))[0].expected).toBe('success');
    expect(runs(`[run](${url}) failed on lint, fixed in #45\n`)[0].expected).toBe('failure');
    expect(runs(`[The rerun](${url}) passed after the first attempt failed.\n`)[0].expected).toBe('success');
    expect(runs(`See [the run](${url}) failed on a timeout.\n`)[0].expected).toBe('failure');
    expect(runs('CI run 9100000012 verifies the fix for the failed login test.\n')[0].expected).toBe('success');
    for (const words of ['fails by design', 'was red by design', 'blocked the deploy as expected', 'was blocked by the policy gate, as intended', 'correctly failed at the verify step']) {
      expect(runs(`The workflow ${words}: ${url}\n`)[0].expected, words).toBe('failure');
    }
    expect(runs(`**This run should fail:** ${url}\n`)[0].expected).toBe('failure');
    expect(runs('CI run 8888888888 ✅ passed — the coverage gate makes sure the run must fail below 80%.\n')[0].expected).toBe('success');
    expect(runs(`Checks: [run](${url}) ✅ green; the DAST step failing by design was removed.\n`)[0].expected).toBe('success');
    expect(runs(`The flaky test failed last week and was fixed as expected: ${url}\n`)[0].expected).toBe('success');
    // negated, or not about the run's own outcome
    for (const text of [
      'CI run 1100000001 ✅ passed with none of the 1,204 tests failed, as expected.',
      "CI run 1100000002 ✅ completed and the merge wasn't blocked by the policy gate, as expected.",
      'CI run 1100000003 — failed jobs re-run, all green ✅',
      'CI run 1100000004 (which had failed before the fix) now passes ✅',
      'CI run 1100000005: Failed → Passed after rerun ✅',
      'CI run 1100000007: failed 0, passed 812',
      'CI run 1100000008 failed, then passed on retry.',
      `The [release build](${url}) failed to reproduce the regression.`,
    ]) {
      expect(runs(`${text}\n`)[0].expected, text).toBe('success');
    }
    expect(runs('No surprises, CI run 1100000009 failed as expected.\n')[0].expected).toBe('failure');
    expect(runs('There is no doubt CI run 1100000011 failed as expected.\n')[0].expected).toBe('failure');
    expect(runs('When the secret is pushed, the pipeline fails as expected: CI run 1100000012.\n')[0].expected).toBe('failure');
    expect(runs('If coverage drops, the run must fail. CI run 1100000013 is green.\n')[0].expected).toBe('success');
    expect(runs('Red team found issues, as expected. CI run 1100000014 is green.\n')[0].expected).toBe('success');
  });

  it('reads a run\'s sentence across the lines of its paragraph, and the sentence before a bare citation', () => {
    const url = 'https://github.com/o/r/actions/runs/9100000021';
    expect(runs(`We pushed an unsigned image. The pipeline correctly failed at the\n\`verify-signature\` step, as the control requires: ${url}\n`)[0].expected).toBe('failure');
    expect(runs(`Writes must be rejected, so this run is expected to fail.\nRun: ${url}\n`)[0].expected).toBe('failure');
    expect(runs(`Writes must be rejected, so this run is expected to fail.\n**Run:** ${url}\n`)[0].expected).toBe('failure');
    expect(runs(`Writes must be rejected, so this run is expected to fail.\nRun: [log](${url})\n`)[0].expected).toBe('failure');
    expect(runs(`Writes must be rejected, so this run is expected to fail.\nRun: <${url}>\n`)[0].expected).toBe('failure');
    expect(runs(`The negative test is expected to fail.\nThe positive test ran in ${url} and passed.\n`)[0].expected).toBe('success');
    expect(runs(`**Previous run:** https://github.com/o/r/actions/runs/9100000020 (failed as expected)\n**CI run:** ${url}\n`)[1].expected).toBe('success');
    // a paragraph that only cites a run reads with the paragraph right before it, not across a heading or a list
    expect(runs(`Writes must be rejected, so this run is expected to fail.\n\nRun: ${url}\n`)[0].expected).toBe('failure');
    expect(runs(`The negative test is expected to fail.\n\nThe positive test ran in ${url}.\n`)[0].expected).toBe('success');
    expect(runs(`The negative test is expected to fail.\n\n## Positive test\n\nRun: ${url}\n`)[0].expected).toBe('success');
    expect(runs(`- The negative test is expected to fail.\n\nRun: ${url}\n`)[0].expected).toBe('success');
  });

  it('reads PRs in a list (`PRs #1, #2 and #3`), in a PR column, and with their repository (`PR #88 in acme/app`)', () => {
    const pulls = (markdown: string) => model(markdown).pulls.map((pull) => `${pull.repository ?? ''}#${pull.number}@${pull.line}`);
    expect(pulls('**PRs:** #460, #4610 (config follow-up)\n\nMerged PRs #452 and #4524.\n')).toEqual(['#460@1', '#4610@1', '#452@3', '#4524@3']);
    expect(pulls('SDK bump in the app repo: PR #88 in acme/mobile-app.\n')).toEqual(['acme/mobile-app#88@1']);
    expect(pulls('Merged in PR #123 from feature/auth. Hotfix PR #124 in release/2.5.\n')).toEqual(['#123@1', '#124@1']);
    expect(pulls('See PR #12 in src/app/main.ts.\n')).toEqual(['#12@1']);
    expect(pulls('| Change | PR | PRs |\n|---|---|---|\n| CHG-1187 | #4190 | 3 |\n')).toEqual(['#4190@3']);
  });

  it('reads PRs by URL, `PR #N` and `**PR**: #N`, once each', () => {
    const {pulls} = model('**PR**: https://github.com/o/r/pull/3\n\n- **PR:** #17 - Stage 3\n\nMerge PR #3 and PR #17.\n');
    expect(pulls.map((pull) => [pull.number, pull.repository, pull.line])).toEqual([
      [3, 'o/r', 1],
      [17, undefined, 3],
    ]);
  });
});

describe('German, French, Spanish and Portuguese reports, without a policy', () => {
  const rows = (markdown: string) =>
    model(markdown).gates.flatMap((gate) => gate.rows.map((row) => `${gate.title} / ${row.label}=${row.verdict}${row.note ? ` (${row.note})` : ''}`));

  it('reads their gate tables, checklists and result lines', () => {
    const german = [
      '## 2. Prüfkriterien',
      '',
      '| Nr. | Kriterium | Bewertung | Bemerkung |',
      '|---|---|---|---|',
      '| K1 | Hierarchische Struktur | Erfüllt | |',
      '| K2 | Traceability | Erfüllt | Nachweis noch offen |',
      '| K3 | Bootloader | Nicht anwendbar | |',
      '',
      '**Ergebnis:** Bestanden',
    ].join('\n');
    expect(rows(german)).toEqual([
      '2. Prüfkriterien / Hierarchische Struktur=pass',
      '2. Prüfkriterien / Traceability=pending (Nachweis noch offen)',
      '2. Prüfkriterien / Bootloader=not-applicable',
      'Ergebnis / Ergebnis=pass',
    ]);
    const french = '## Résultats des tests\n\n| Cas de test | Résultat attendu | Statut |\n|---|---|---|\n| CT-01 | Connexion refusée | Conforme |\n| CT-02 | Export PDF | Non conforme |\n';
    expect(rows(french)).toEqual(['Résultats des tests / CT-01=pass', 'Résultats des tests / CT-02=fail']);
    const spanish = '## Lista de verificación\n\n- [x] Copia restaurada\n- [ ] Firma del responsable\n\n**Resultado global:** Aprobado\n';
    expect(rows(spanish)).toEqual([
      'Lista de verificación / Copia restaurada=pass',
      'Lista de verificación / Firma del responsable=pending',
      'Resultado global / Resultado global=pass',
    ]);
    const portuguese = '## Critérios de aceite\n\n| Critério | Situação |\n|---|---|\n| Erro 5xx < 0,5 % | Atende |\n| Fase 3 | Em andamento |\n';
    expect(rows(portuguese)).toEqual(['Critérios de aceite / Erro 5xx < 0,5 %=pass', 'Critérios de aceite / Fase 3=pending']);
  });

  it('reads their qualification tables of step ids, their ticked items left undone, targets with decimal commas and a column of applicability', () => {
    const oq = '## 3 Funktionsqualifizierung (OQ)\n\n| Prüfschritt | Beschreibung | Ergebnis |\n|---|---|---|\n| OQ-01 | Probenanlage | Bestanden |\n| OQ-03 | Signatur | In Klärung |\n';
    expect(rows(oq)).toEqual(['3 Funktionsqualifizierung (OQ) / OQ-01=pass', '3 Funktionsqualifizierung (OQ) / OQ-03=pending']);
    const checklist =
      '## Lista de verificación del retest\n\n- [x] Retest de vulnerabilidades medias\n- [x] Retest de la aplicación iOS – no realizado, el entorno no estaba disponible\n';
    expect(rows(checklist)).toEqual([
      'Lista de verificación del retest / Retest de vulnerabilidades medias=pass',
      'Lista de verificación del retest / Retest de la aplicación iOS=pending (no realizado)',
    ]);
    const targets = '## Ergebnisse\n\n| Kennzahl | Zielwert | Messwert | Bewertung |\n|---|---|---|---|\n| Antwortzeit p95 | ≤ 2,0 s | 2,7 s | i.O. |\n| Fehlerrate | < 1 % | 0,4 % | i.O. |\n';
    expect(rows(targets)).toEqual(['Ergebnisse / Antwortzeit p95=fail', 'Ergebnisse / Fehlerrate=pass']);
    const soa = '## Prüfkriterien\n\n| Control | Anwendbar | Umsetzungsstatus |\n|---|---|---|\n| A.5.7 | ja | umgesetzt |\n| A.7.4 | nein | entfällt – Rechenzentrum beim Dienstleister |\n';
    expect(rows(soa)).toEqual(['Prüfkriterien / A.5.7=pass', 'Prüfkriterien / A.7.4=not-applicable']);
  });

  it('reads a table of test points whose ids look like tickets, and a ticked item put off', () => {
    const oq = '## Funktionsqualifizierung (OQ)\n\n| Prüfpunkt | Sollwert | Istwert | Status |\n|---|---|---|---|\n| OQ-06 CO2-Regelung | 5,0 ± 0,3 % | 5,1 % | bestanden |\n| OQ-07 Temperatur | 37,0 ± 0,5 °C | 37,8 °C | bestanden |\n';
    expect(rows(oq)).toEqual(['Funktionsqualifizierung (OQ) / OQ-06 CO2-Regelung=pass', 'Funktionsqualifizierung (OQ) / OQ-07 Temperatur=fail']);
    const checklists = [
      '## Go-live checklist',
      '',
      '- [x] Smoke tests passed',
      '- [x] Failback to primary region — postponed to the next maintenance window (CHG-2291)',
      '- ✅ Cutover rehearsal — rescheduled to Friday',
      '- [x] Cutover — rescheduled to Saturday and completed',
      '',
      '## Liste de contrôle',
      '',
      '- [x] Revue de direction tenue — reportée au 15 novembre faute de quorum',
    ].join('\n');
    expect(rows(checklists)).toEqual([
      'Go-live checklist / Smoke tests passed=pass',
      'Go-live checklist / Failback to primary region=pending (postponed to the next maintenance window)',
      'Go-live checklist / Cutover rehearsal=pending (rescheduled to Friday)',
      'Go-live checklist / Cutover — rescheduled to Saturday and completed=pass',
      'Liste de contrôle / Revue de direction tenue=pending (reportée au 15 novembre faute de quorum)',
    ]);
  });

  it('reads the retest column over the first test, and a result line with a qualifier', () => {
    const retest =
      '## Ergebnisse\n\n| Befund | Status Erstprüfung (März) | Status Nachtest (Mai) |\n|---|---|---|\n| RF-01 | Nicht bestanden | Bestanden |\n| RF-02 | Nicht bestanden | Offen |\n\n**Ergebnis Nachtest:** bestanden\n';
    expect(rows(retest)).toEqual(['Ergebnisse / RF-01=pass', 'Ergebnisse / RF-02=pending', 'Ergebnis Nachtest / Ergebnis Nachtest=pass']);
  });

  it('leaves their other sections alone, as English ones are', () => {
    expect(rows('## Historie\n\n| Durchgang | Ergebnis |\n|---|---|\n| 1 | Nicht bestanden |\n')).toEqual([]);
    expect(rows('## Principes fondamentaux\n\n| Principe | Évaluation |\n|---|---|\n| Minimisation | Conforme |\n')).toEqual([]);
  });
});

describe('tables of experiments, and an expectation against what was observed', () => {
  it('reads a chaos experiment table under a results heading (not a product experiments tracker), and a note in the observed column', () => {
    const experiments =
      '## 1. Experiment results\n\n| Exp | Fault injected | Outcome |\n|---|---|---|\n| E1 | Kill a pod | Met |\n| E4 | Blackhole AZ | Partially met |\n';
    expect(model(experiments).gates[0].rows.map((row) => `${row.label}=${row.verdict}`)).toEqual(['E1=pass', 'E4=pending']);
    const review =
      '## Review gates\n\n| Gate | Expectation | Observed | Status |\n|---|---|---|---|\n| p95 latency | ≤ 200 ms | 140 ms | PASS |\n| Second approver | approved | awaiting approval from network team | PASS |\n';
    expect(model(review).gates[0].rows.map((row) => `${row.label}=${row.verdict}`)).toEqual(['p95 latency=pass', 'Second approver=pending']);
  });
});

describe("a team's own words, from the policy", () => {
  const german = createAnalyser(
    resolvePolicy({
      'status-words': {pass: ['Bestanden', 'Erfüllt'], fail: ['Nicht erfüllt'], pending: ['Offen', 'Steht aus']},
      'gate-headings': ['Abnahmekriterien'],
      'status-columns': ['Ergebnis', 'Bewertung'],
      'note-columns': ['Bemerkung'],
      'file-headings': ['Lieferumfang'],
      'file-columns': ['Datei'],
      'removal-words': ['gelöscht', 'entfernt'],
    }),
  );
  const read = (markdown: string) => german(markdown, 'docs/evidence/BERICHT.md');

  it('reads its status and note columns, and its wait words in a note', () => {
    // a policy's column names match whole: `Erwartetes Ergebnis` is not the `Ergebnis` column
    const table =
      '## Abnahmekriterien\n\n| Kriterium | Erwartetes Ergebnis | Ergebnis | Bemerkung |\n|---|---|---|---|\n| Backtest | alle | Bestanden | noch offen, Cluster Nord fehlt |\n| Robustheit | ≥ 0,85 | Nicht erfüllt | |\n| Latenz | < 1 s | Erfüllt | |\n';
    expect(read(table).gates[0].rows.map((row) => `${row.label}=${row.verdict}${row.note ? ` (${row.note})` : ''}`)).toEqual([
      'Backtest=pending (noch offen)',
      'Robustheit=fail',
      'Latenz=pass',
    ]);
    // German is built in: the same table reads the same without the policy
    expect(model(table).gates[0].rows.map((row) => `${row.label}=${row.verdict}${row.note ? ` (${row.note})` : ''}`)).toEqual([
      'Backtest=pending (noch offen)',
      'Robustheit=fail',
      'Latenz=pass',
    ]);
    // a language that is not built in needs the policy: without it, a Czech table is no gate
    expect(model('## Kritéria přijetí\n\n| Kritérium | Výsledek |\n|---|---|\n| Backtest | Splněno |\n').gates).toEqual([]);
    // Swedish, Polish and Japanese are built in
    expect(model('## Genomförande\n\n| Steg | Utfall |\n|---|---|\n| Kontrollplan | Lyckades |\n| Nodpool | Misslyckades |\n').gates[0].rows.map((row) => row.verdict)).toEqual(['pass', 'fail']);
    expect(model('## Kryteria akceptacji\n\n| Kryterium | Wynik |\n|---|---|\n| Backtest | Zaliczony |\n| Latencja | Niezaliczony |\n').gates[0].rows.map((row) => row.verdict)).toEqual(['pass', 'fail']);
    expect(model('## 1. 要件チェック結果\n\n| 項目 | 結果 |\n|---|---|\n| XR-001 | 合格 |\n| XR-002 | 不合格 |\n').gates[0].rows.map((row) => row.verdict)).toEqual(['pass', 'fail']);
  });

  it('claims the files under its headings and in its file columns, and not those its removal words set aside', () => {
    const report = [
      '## Lieferumfang',
      '',
      '- `src/prognose/feiertage.py`',
      '',
      '## Änderungen',
      '',
      '| Datei | Änderung |',
      '|---|---|',
      '| `pipelines/neu.py` | angepasst |',
      '| `pipelines/alt.py` | gelöscht |',
      '| `pipelines/fehlt.py` | Entfernt: alter Fallback |',
      '',
      'Die Hilfsdatei `src/export_csv.py` wurde entfernt (nicht mehr benötigt).',
    ].join('\n');
    // a removal word is read in a cell that says only that, not in one that says what was taken out
    expect(read(report).files.map((file) => `${file.kind}:${file.cited}@${file.line}`)).toEqual([
      'claim:src/prognose/feiertage.py@3',
      'claim:pipelines/neu.py@9',
      'claim:pipelines/fehlt.py@11',
    ]);
    // German is built in; a Dutch delivery heading needs the policy
    expect(model(report).files.map((file) => `${file.kind}:${file.cited}@${file.line}`)).toEqual([
      'claim:src/prognose/feiertage.py@3',
      'claim:pipelines/neu.py@9',
      'claim:pipelines/fehlt.py@11',
    ]);
    expect(model('## Opgeleverd\n\n- `src/prognose/feestdagen.py`\n').files.map((file) => `${file.kind}:${file.cited}`)).toEqual(['mention:src/prognose/feestdagen.py']);
  });
});

describe("a team's set-aside, signature, negation and not-applicable words, from the policy", () => {
  const french = createAnalyser(
    resolvePolicy({
      'status-words': {pass: ['Validé'], pending: ['En attente', 'À faire', 'Pas encore'], 'not-applicable': ['Sans objet']},
      'gate-columns': ['Critère'],
      'gate-headings': ['Recette', 'Visas'],
      'status-columns': ['Statut'],
      'note-columns': ['Remarques'],
      'set-aside-words': ['reportés', 'hors périmètre'],
      'sign-off-columns': ['Visa'],
      'negation-words': ['aucun', 'aucune'],
    }),
  );
  const verdicts = (markdown: string) => french(markdown, 'docs/evidence/PV.md').gates.flatMap((gate) => gate.rows.map((row) => `${row.label}=${row.verdict}`));

  it('sets aside the sections and lists its words say are not part of the acceptance', () => {
    const report = '## Recette\n\n| Critère | Statut |\n|---|---|\n| Export | Validé |\n\n### Points reportés (hors périmètre de cette recette)\n\n| Critère | Statut |\n|---|---|\n| FEC | En attente |\n\nHors périmètre, suivies dans Jira :\n\n- [ ] Alerte FAC-890\n';
    expect(verdicts(report)).toEqual(['Export=pass']);
  });

  it('reads signatures in its sign-off columns, its not-applicable words in notes, and its negations of a wait', () => {
    expect(verdicts('## Visas\n\n| Rôle | Nom | Visa |\n|---|---|---|\n| RSSI | M. Durand | MD, 12/03 |\n| DPO | C. Petit | |\n')).toEqual(['RSSI=pass', 'DPO=unknown']);
    expect(verdicts('## Recette\n\n- [ ] Notification aux clients — sans objet (pas d\'interruption)\n- [x] Pentest — rapport pas encore reçu\n')).toEqual([
      'Notification aux clients=not-applicable',
      'Pentest=pending',
    ]);
    expect(verdicts('## Recette\n\n| Critère | Statut | Remarques |\n|---|---|---|\n| Revue | Validé | aucune réserve en attente |\n| Doc | Validé | relecture en attente |\n')).toEqual(['Revue=pass', 'Doc=pending']);
    // a negation counts before what it negates; a not-applicable word negated after it does not apply
    expect(verdicts('## Recette\n\n| Critère | Statut | Remarques |\n|---|---|---|\n| PRA | Validé | en attente de la signature, aucune relance |\n')).toEqual(['PRA=pending']);
    expect(verdicts('## Recette\n\n- [ ] Notification — sans objet aucune\n')).toEqual(['Notification — sans objet aucune=pending']);
    expect(verdicts('## Recette\n\n### Critères (aucun point reportés)\n\n| Critère | Statut |\n|---|---|\n| Charge | En attente |\n')).toEqual(['Charge=pending']);
  });
});

describe('what a section, a label or a note sets aside', () => {
  it('sets aside a table under a heading that says it is not part of the acceptance, whatever its columns', () => {
    const report = '## Acceptance criteria\n\n| Criterion | Status |\n|---|---|\n| A | ✅ |\n\n### Deferred to 2.5\n\n| Criterion | Status |\n|---|---|\n| B | Pending |\n\n## Out of scope\n\n| Criterion | Status |\n|---|---|\n| C | Pending |\n\n## Key controls\n\n| Control | Status |\n|---|---|\n| CM-01 | ❌ Not effective |\n';
    expect(gateRows(report)).toEqual(['table:A=pass@5', 'table:CM-01=fail@23']);
  });

  const verdicts = (markdown: string) => model(markdown).gates.flatMap((gate) => gate.rows.map((row) => `${row.label}=${row.verdict}`));
  const files = (markdown: string) => model(markdown).files.map((file) => `${file.kind}:${file.cited}`);

  it('sets aside a section of a gate section that holds what is not part of it', () => {
    for (const heading of ['Next release (0.10)', 'Not applicable for this release', 'Deferred to 0.10', 'Out of scope', 'Planned for 0.10', 'Optional', 'Release checklist (to run on release day)']) {
      expect(verdicts(`## Release readiness checklist\n\n- [x] Tag pushed\n\n### ${heading}\n\n- [ ] FIPS build\n`)).toEqual(['Tag pushed=pass']);
    }
  });

  it('sets aside a list whose label says it is optional, not part of the gate, or to run later', () => {
    for (const label of ['Optional items, not part of Gate 3:', 'Not part of the gate:', 'To run on release day, in order:', 'Not applicable for this release:']) {
      expect(verdicts(`## Gate 3 acceptance criteria\n\n- [x] Crash-free 99.9 %\n\n${label}\n\n- [ ] Demo video\n`)).toEqual(['Crash-free 99.9 %=pass']);
    }
    expect(verdicts('## Gate 3 acceptance criteria\n\nSteps run before the gate, in order:\n\n- [ ] Demo video\n')).toEqual(['Demo video=pending']);
  });

  it('reads an unticked optional box, or one whose note says it does not apply to this release, as not applicable', () => {
    const list = [
      '## Release readiness checklist',
      '',
      '- [ ] Optional: run the soak test for 24 h (we ran 6 h)',
      '- [ ] Soak test 24 h (optional)',
      '- [ ] FIPS build — not applicable to 0.9',
      '- [ ] Helm chart — N/A this release',
      '- [ ] Arm64 image — skipped',
      '- [ ] OperatorHub bundle — not part of this release',
      '- [ ] Optional: demo video — pending legal review',
      '- [ ] OperatorHub bundle PR – next release',
    ].join('\n');
    expect(verdicts(list)).toEqual([
      'Optional: run the soak test for 24 h (we ran 6 h)=not-applicable',
      'Soak test 24 h=not-applicable',
      'FIPS build=not-applicable',
      'Helm chart=not-applicable',
      'Arm64 image=not-applicable',
      'OperatorHub bundle=not-applicable',
      'Optional: demo video — pending legal review=pending',
      'OperatorHub bundle PR – next release=pending',
    ]);
  });

  it('does not take a table for a gate when its introduction says it is none', () => {
    const log = (intro: string) => `## Hypercare issue log\n\n${intro}\n\n| Status | Priority | Issue |\n|---|---|---|\n| Open | P3 | Scanner drops Wi-Fi |\n`;
    expect(verdicts(log('This is the live log. It is not an acceptance criterion; the hypercare team works it.'))).toEqual([]);
    expect(verdicts(log('None of these issues blocks acceptance.'))).toEqual([]);
    expect(verdicts(log('Reviewed fortnightly. None of these risks is a readiness criterion for 3.2; each was judged acceptable.'))).toEqual([]);
    expect(verdicts(log('Actions agreed at the readiness review. They are follow-ups after go-live; none blocks 3.2.'))).toEqual([]);
    // an action tracker named after the review it came from is no gate of that review
    expect(verdicts('## Action tracker (from the 2.0 readiness review)\n\n| # | Action | Status |\n|---|---|---|\n| 3 | Remove the v1 view | Open |\n')).toEqual([]);
    expect(verdicts(log('The go-live acceptance criteria and where they stand:'))).toEqual(['Scanner drops Wi-Fi=pending']);
  });

  it('reads a removal told in any column of a file row, and still checks the file that replaced it', () => {
    const table = [
      '## Register',
      '',
      '| Old file | What happened | Replaced by |',
      '|---|---|---|',
      '| `isms/a12/patch-report.xlsx` | Deleted in 2024 when we moved to Annex A 2022 | `isms/a8/patch-sla.csv` |',
      '| `isms/standards/keys-v2.md` | Renamed to `keys-v3.md` in the v3 revision | `isms/standards/keys-v3.md` |',
      '| `scripts/export_mfa.ps1` | Removed in PR #311 with the on-prem AD | the IdP export |',
      '| `scripts/sync.sh` | Removed the retry loop | — |',
    ].join('\n');
    expect(files(table)).toEqual(['mention:isms/a8/patch-sla.csv', 'mention:keys-v3.md', 'mention:isms/standards/keys-v3.md', 'claim:scripts/sync.sh']);
    expect(files('## Superseded evidence\n\n- `isms/a12/backup-policy.docx`\n')).toEqual([]);
  });

  it('does not claim a file kept in another system, or listed with others that were removed', () => {
    expect(files('## Evidence\n\nThe raw dump `sap-usr02-dump.csv` is kept in the GRC tool (not committed).\n')).toEqual([]);
    expect(files('## Evidence\n\nThe dump `exports/usr02.csv` is kept in `compliance/2024/`.\n')).toEqual(['claim:exports/usr02.csv', 'claim:compliance/2024/']);
    expect(files('## Changes\n\nThe scripts `legacy/export.sh`, `legacy/import.sh` and `legacy/sync.sh` were removed in PR #3044.\n')).toEqual([]);
  });

  it('reads a Go / No-Go heading with spaces, and a Signed column as a sign-off', () => {
    expect(verdicts('## Go / No-Go\n\n| Role | Name | Decision |\n|---|---|---|\n| QA | Ana | NO-GO |\n')).toEqual(['QA=fail']);
    expect(verdicts('## Acceptance\n\n| Role | Name | Signed |\n|---|---|---|\n| QA | Ana | ✅ 2025-02-12 |\n| Ops | Ben | |\n')).toEqual(['QA=pass', 'Ops=unknown']);
  });

  it('names a row by its first column that names things, not by an index, a priority, a time or a measurement', () => {
    const table = (header: string, row: string) => `## Acceptance criteria\n\n| ${header} |\n|---|---|---|\n| ${row} |\n`;
    expect(verdicts(table('# | Item | Status', '4 | SEPA certification | ⏳'))).toEqual(['SEPA certification=pending']);
    expect(verdicts(table('Time | Step | Status', '05:02 | Scale down writers | ❌'))).toEqual(['Scale down writers=fail']);
    expect(verdicts(table('Duration | Rehearsal | Result', '7 h 40 min | Dress rehearsal | ✅'))).toEqual(['Dress rehearsal=pass']);
    expect(verdicts(table('ID | Requirement | Status', 'REQ-7 | Audit log kept | ✅'))).toEqual(['Audit log kept=pass']);
    expect(verdicts(table('Ticket | Summary | Status', 'OPS-12 | Audit log kept | ✅'))).toEqual(['OPS-12=pass']);
  });

  it('reads a list item that ends with a status symbol in a gate section', () => {
    const list = '## Gates\n\n- **Gate A – Offline evaluation** ✅\n- Gate B – Fairness ❌\n- Responsible AI – Hiroshi Tanaka ⏳\n- Model card published 🚀\n';
    expect(verdicts(list)).toEqual(['Gate A – Offline evaluation=pass', 'Gate B – Fairness=fail', 'Responsible AI – Hiroshi Tanaka=pending']);
  });

  it('reads what a sentence says of a path over a soft line break', () => {
    expect(files('## Evidence\n\nThe scored holdout set, `models/v7/holdout.parquet`, is produced by the\ntraining pipeline and is not committed.\n')).toEqual([]);
    expect(files('## Evidence\n\nThe raw export, `hr/exports/lms-raw.csv`, is\nkept in the HR system and is not committed.\n')).toEqual([]);
    expect(files('## Changes\n\nThe old scripts `legacy/export.sh` and\n`legacy/import.sh` were removed in PR #3044.\n')).toEqual([]);
    expect(files('## Evidence\n\n- **Approval page**: `qms/approvals/SVR-2.3.pdf` is kept in the\n  eQMS (MasterControl), not in this repository.\n')).toEqual([]);
    expect(files('## Evidence\n\nThe holdout set `models/v7/holdout.parquet` is\n**Owner**: not committed\n')).toEqual(['claim:models/v7/holdout.parquet']);
  });

  it('takes out of the gate what its heading or introduction says is not part of it', () => {
    const table = (heading: string, intro = '') => `## ${heading}\n\n${intro}\n\n| # | Item | Status |\n|---|---|---|\n| P3 | Add Permissions-Policy header | ⏳ Planned for Q3 |\n`;
    expect(verdicts(table('Open items (not part of this acceptance)'))).toEqual([]);
    expect(verdicts(table('Open items (outside the gate)'))).toEqual([]);
    expect(verdicts(table('Open items', 'They are tracked separately and do not block acceptance.'))).toEqual([]);
    expect(verdicts(table('Acceptance criteria'))).toEqual(['Add Permissions-Policy header=pending']);
  });

  it('keeps a list whose introduction only says some of its items are optional', () => {
    const list = (intro: string) => `## Audit readiness checklist\n\n${intro}\n\n- [x] Access review\n- [ ] Retest letter\n- [ ] Vendor brochure (optional)\n`;
    expect(verdicts(list('We track the PBC list here. Items marked optional were offered by us.'))).toEqual(['Access review=pass', 'Retest letter=pending', 'Vendor brochure=not-applicable']);
    expect(verdicts(list('Optional items, offered by us:'))).toEqual([]);
  });

  it('reads retired and superseded files in a row as gone, and checks what replaced them under a Superseded heading', () => {
    const table = (heading: string) =>
      `## ${heading}\n\n| Previous file | What happened | Replaced by |\n|---|---|---|\n| \`soc2/vendor-list-2023.csv\` | Retired with the old vendor tool | \`soc2/vendor-register-2024.csv\` |\n| \`soc2/policy-2023.md\` | Superseded by the 2024 policy | \`soc2/policy-2024.md\` |\n`;
    expect(files(table('Changes to the evidence set'))).toEqual(['claim:soc2/vendor-register-2024.csv', 'claim:soc2/policy-2024.md']);
    expect(files(table('Superseded evidence'))).toEqual(['claim:soc2/vendor-register-2024.csv', 'claim:soc2/policy-2024.md']);
  });

  it('names a row by its check rather than by the area that groups it', () => {
    expect(verdicts('## Migration acceptance\n\n| Area | Check | Status |\n|---|---|---|\n| Data quality | Orphans re-linked | 🔄 In progress |\n')).toEqual(['Orphans re-linked=pending']);
  });

  it('reads round 19A\'s honest set-asides: reasons with a pass in them, files moved to another system, a disclaimer of the gate', () => {
    expect(verdicts('## Readiness checklist\n\n- [ ] Load test at 3× peak — skipped, beta traffic is 4 % of the 1× peak and the 1× test passed\n- [ ] Soak test — skipped because traffic is low\n- [ ] Chaos day — skipped, the last one failed\n')).toEqual([
      'Load test at 3× peak=not-applicable',
      'Soak test — skipped because traffic is low=pending',
      'Chaos day — skipped, the last one failed=pending',
    ]);
    const moved = '## Evidence\n\n| File | What happened |\n|---|---|\n| `docs/cip/2024-12/evaluation.csv` | Moved to Archer, record CIP007-2024-12, then deleted here |\n| `docs/cip/2024-11/evaluation.csv` | Deleted here |\n';
    expect(files(moved)).toEqual([]);
    expect(files('## Evidence\n\n- Screenshots are in the compliance evidence vault (CyberArk-protected\n  share `\\\\cc-a-evid01\\CIP007\\2025-11`), not in git.\n')).toEqual([]);
    const dependencies = (intro: string) => `## Dependencies\n\n${intro}\n\n| Dependency | Status |\n|---|---|\n| CAB slot | Requested |\n`;
    expect(verdicts(dependencies('These must be in place before cut-over. They are tracked by the platform team, not by this gate.'))).toEqual([]);
    expect(verdicts(dependencies('These are gate conditions.'))).toEqual(['CAB slot=pending']);
    expect(verdicts('## Release readiness checklist\n\n- [x] Tag pushed\n\n### Won\'t do\n\n- [ ] FIPS build\n\nNot needed for 2.4:\n\n- [ ] Arm build\n')).toEqual(['Tag pushed=pass']);
  });

  it('reads the old name of a renamed file as gone, beside its new name', () => {
    expect(files('## Renamed files\n\n| Old path | New path |\n|---|---|\n| `docs/x/old.md` | `docs/x/new.md` |\n')).toEqual(['claim:docs/x/new.md']);
    expect(files('## Files\n\n| Before | After |\n|---|---|\n| [old](../old.md) | [new](../new.md) |\n')).toEqual(['claim:../new.md']);
    expect(files('## Files\n\n| Old path | Notes |\n|---|---|\n| `docs/x/old.md` | kept |\n')).toEqual(['claim:docs/x/old.md']);
  });

  it('reads round 20\'s pasted tool output and plain English notes', () => {
    // A count against a limit, as scanners and quality gates print them.
    expect(model('## Security gate criteria\n\n| Criterion | Limit | Found | Status |\n|---|---|---|---|\n| Open Critical vulnerabilities | 0 | 1 | ✅ |\n').gates[0].rows[0]).toMatchObject({verdict: 'fail', shortfall: {measured: '1', target: '0'}});
    // What a passed status says after its verdict, and notes that say the work will come.
    expect(verdicts('## Sign-off\n\n| Name | Sign-off |\n|---|---|\n| Jonas Berg | Approved (verbal), mail will come |\n| Ana Ruiz | Approved, 2026-08-21 |\n')).toEqual(['Jonas Berg=pending', 'Ana Ruiz=pass']);
    expect(verdicts('## DAST gate checklist\n\n- [x] Rules reviewed by AppSec — Will do in next sprint\n- [x] Baseline scan\n')).toEqual(['Rules reviewed by AppSec=pending', 'Baseline scan=pass']);
    expect(verdicts('## Exit criteria\n\n| Criterion | Status | Remarks |\n|---|---|---|\n| Perf smoke | ✅ | Pending from client side |\n')).toEqual(['Perf smoke=pending']);
    // A heading that says it is no gate; folders only mentioned; results under coverage and control test headings.
    expect(verdicts('## Pending items (no gate)\n\n| Item | Status |\n|---|---|\n| Docs | Pending |\n')).toEqual([]);
    expect(files('## Notes\n\nThe job runs when the branch starts with `hotfix/`; `build/` is excluded.\n')).toEqual(['mention:hotfix/', 'mention:build/']);
    expect(model('## Notes\n\n`build/` is excluded.\n').files[0].reference).toBe(true);
    expect(verdicts('## Coverage per module\n\n| Module | Line % | Status |\n|---|---|---|\n| core | 81 % | ✅ |\n| ui | 61 % | ❌ |\n')).toEqual(['core=pass', 'ui=fail']);
    expect(verdicts('## CAB approval\n\n| Approver | Decision |\n|---|---|\n| L. Brandt | Approved with conditions (monitor error rate 1h) |\n')).toEqual(['L. Brandt=pass']);
  });

  it('reads round 25\'s checklists, test tables, verdict labels and numbered controls', () => {
    // a checklist heading is a gate once a box is ticked (all unticked: a plan), and not when it says it is for later
    expect(gateRows('## Go-live checklist\n\n- [x] Freeze writes\n- [ ] DR failover rehearsal\n')).toEqual([
      'checklist:Freeze writes=pass@3',
      'checklist:DR failover rehearsal=pending@4',
    ]);
    expect(gateRows('## Release checklist\n\n- [ ] Tag v3.0.0\n- [ ] Announce\n')).toEqual([]);
    expect(gateRows('## Deployment checklist — next sprint\n\n| Step | Owner | Status |\n|---|---|---|\n| Migrate DB | DBA | TODO |\n')).toEqual([]);
    // a left-out thing on purpose does not apply
    expect(gateRows('## Compatibility checklist\n\n- ✅ Chrome, Firefox, Safari\n- ❌ IE11 — not supported, by design\n')).toEqual([
      'checklist:Chrome, Firefox, Safari=pass@3',
      'checklist:IE11=not-applicable@4',
    ]);
    // a table of test results, under a heading of testing or beside a column naming the tests
    expect(gateRows('## Test of operating effectiveness\n\n| # | Sample | Result |\n|---|---|---|\n| 1 | CHG-101 | Pass |\n| 2 | CHG-102 | Fail |\n')).toEqual([
      'table:CHG-101=pass@5',
      'table:CHG-102=fail@6',
    ]);
    expect(gateRows('## Summary\n\n| # | Test step | Result | Tested by |\n|---|---|---|---|\n| 1 | Login | Pass | AB |\n| 2 | Refund | Fail | AB |\n')).toEqual([
      'table:Login=pass@5',
      'table:Refund=fail@6',
    ]);
    // not the steps of an execution log, nor a table of what past tests found
    expect(gateRows('## Execution log\n\n| Step | Outcome |\n|---|---|\n| ANALYZE | ✅ Done (see deviations) |\n')).toEqual([]);
    expect(gateRows('## Previous tests\n\n| Test | Result |\n|---|---|\n| Q1 2025 | ❌ RTO missed |\n')).toEqual([]);
    // labels of a verdict, in a verdict, and not of a failure meant to happen nor the document's own status
    expect(
      gateRows(
        '**Overall status:** 🔴 Red\n\n**Assessment:** Non-compliant\n\n**Result:** ❌ FAILED as expected\n\n**Review outcome:** System remains fit for intended use\n\n**Status:** Draft\n\n**Outcome:** Failed over to eu-west-2 in 4 min\n',
      ),
    ).toEqual(['line:Overall status=fail@1', 'line:Assessment=fail@3']);
    // a heading that names one numbered control with its verdict
    expect(gateRows('### 🔴 Control 3: Dependency scanning\n\n### ✅ Control 4: Secrets\n\n### Controls overview ✅\n')).toEqual([
      'line:🔴 Control 3: Dependency scanning=fail@1',
      'line:✅ Control 4: Secrets=pass@3',
    ]);
  });

  it('names a row by a column other than its notes, reads a value against the target beside it, and the run id column of several', () => {
    expect(gateRows('## Checks\n\n| Check | Outcome | Notes |\n|---|---|---|\n| ✅ Lint clean | Pass | |\n| ✅ Integration tests pass | Pass | not done yet: 3 failing |\n')).toEqual([
      'table:✅ Lint clean=pass@5',
      'table:✅ Integration tests pass=pending@6',
    ]);
    expect(gateRows('## Readiness\n\n| Workstream | State | Notes |\n|---|---|---|\n| Ledger | 🚫 Blocked | waiting on DBA |\n')).toEqual(['table:Ledger=fail@5']);
    const coverage = model('## Quality gates\n\n| Gate | Status | Notes |\n|---|---|---|\n| Coverage | ✅ Passed | 78 % (target ≥ 80 %) |\n| Latency | ✅ Passed | p95 420 ms (SLO: < 500 ms) |\n');
    expect(coverage.gates[0].rows.map((row) => [row.label, row.verdict, row.shortfall])).toEqual([
      ['Coverage', 'fail', {measured: '78 %', target: '≥ 80 %'}],
      ['Latency', 'pass', undefined],
    ]);
    const runs = model('## CI\n\n| Job | Run number | Run ID | Result |\n|---|---|---|---|\n| unit | 1239 | 9800000049 | success |\n').runs;
    expect(runs.map((run) => run.id)).toEqual([9800000049]);
    const other = model('Evidence: `gh run view 9523456789 --repo acme/other` and `gh run view -R acme/tools 9523456790`\n').runs;
    expect(other.map((run) => [run.id, run.repository])).toEqual([
      [9523456789, 'acme/other'],
      [9523456790, 'acme/tools'],
    ]);
  });

  it('keeps round 26 and code review M\'s honest text out of the gates the broader reading adds', () => {
    // an account after a pass is its note, unless it says it failed after all
    expect(
      gateRows(
        '## Test results\n\n| Test case | Result |\n|---|---|\n| Lockout | Pass — account locked after 5 failed attempts |\n| WAF | Pass — blocked by WAF rule 942100 |\n| Errors | Met — 1 failure in 10,000 messages |\n| Prod | Done — but failing in prod |\n| Sampled | Effective — 2 exceptions noted |\n| Count | Passed: 0 |\n',
      ),
    ).toEqual(['table:Lockout=pass@5', 'table:WAF=pass@6', 'table:Errors=pass@7', 'table:Prod=fail@8', 'table:Sampled=fail@9', 'table:Count=fail@10']);
    // a negative test's outcome as meant; a log of what tests did is no results table
    expect(gateRows('## UAT\n\n| Test case | Result |\n|---|---|\n| Bad card | Rejected as expected |\n| Good card | ✅ Pass |\n')).toEqual([
      'table:Bad card=pass@5',
      'table:Good card=pass@6',
    ]);
    expect(gateRows('# Security review\n\n| Test | Result |\n|---|---|\n| SQL injection | Blocked |\n| CSRF | Rejected |\n')).toEqual([]);
    // observations, expectations and risk ratings are no verdict labels; nor a result told in a narrative section
    expect(gateRows('**Expected result:** Request rejected.\n\n**Actual result:** Account blocked.\n\n**Risk assessment:** Open\n\n**Verdict:** ✅ Pass\n')).toEqual(['line:Verdict=pass@7']);
    expect(gateRows('## Background\n\n**Result:** Failed; we reverted it the same day.\n\n## Incident timeline\n\n**Outcome:** Failed — rolled back\n')).toEqual([]);
    expect(gateRows('**Overall status:** Ready for release.\n\n**Final status:** Rolled back as planned (rehearsal).\n\n**Result:** 212 passed, 3 failed\n')).toEqual([
      'line:Overall status=pass@1',
      'line:Result=fail@5',
    ]);
    // a numbered control's description is no verdict: only a symbol or a whole status after its dash or colon
    expect(gateRows('### Control 3: Failed login monitoring\n\n### Control 2: Blocked accounts cannot log in — Effective\n\n### CC6.1 Logical access — ❌ Exception noted\n')).toEqual([
      'line:Control 2: Blocked accounts cannot log in — Effective=pass@3',
      'line:CC6.1 Logical access — ❌ Exception noted=fail@5',
    ]);
    // plans and later work: all waiting rows, a plan's title, a heading that sets its list for later, an N/A box
    expect(gateRows('## Rollback checklist\n\n| Step | Owner | Status |\n|---|---|---|\n| Restore DB | DBA | Not started |\n')).toEqual([]);
    expect(gateRows('# Release plan — v4.2\n\n## Go-live checklist\n\n- [x] Branch cut\n- [ ] Smoke tests\n')).toEqual([]);
    expect(gateRows('## Post-release checklist (to be completed by 30 June)\n\n- [x] Retro scheduled\n- [ ] Metrics review\n')).toEqual([]);
    expect(gateRows('## Follow-up checklist\n\n- [x] Ticket filed\n- [ ] Fix shipped\n')).toEqual([]);
    expect(gateRows('## Go-live checklist\n\n- [x] Backup taken\n- [ ] N/A — no schema changes in this release\n')).toEqual([
      'checklist:Backup taken=pass@3',
      'checklist:N/A=not-applicable@4',
    ]);
    // what a reproduction before the fix, a superseded run and an earlier release candidate recorded
    expect(gateRows('### Before the fix (reproduction on 2.3.1)\n\n| Test | Result |\n|---|---|\n| Race | ❌ Fail |\n')).toEqual([]);
    expect(
      gateRows(
        '## Runs\n\n### Execution CHK-1391 — superseded by CHK-1422\n\n| Test | Status |\n|---|---|\n| T-1 | FAIL |\n\n### R-398 — 3.1.0-rc1 (closed)\n\n| Case | Status |\n|---|---|\n| C1 | Failed |\n\n### R-412 — 3.1.0-rc3\n\n| Case | Status |\n|---|---|\n| C1 | Failed |\n',
      ),
    ).toEqual(['table:C1=fail@19']);
    // a history of the value in a note, a row named by a group rather than an index
    expect(gateRows('## Quality gates\n\n| Gate | Status | Notes |\n|---|---|---|\n| Coverage | ✅ Pass | Was 78 % (target ≥ 80 %) at rc1; now 84 %. |\n')).toEqual(['table:Coverage=pass@5']);
    expect(gateRows('## Test results\n\n| # | Area | Result | Comments |\n|---|---|---|---|\n| 1 | Auth | ✅ Pass | fine |\n')).toEqual(['table:Auth=pass@5']);
    // things meant to be left out, and one meant to be fixed
    expect(gateRows('## Acceptance criteria\n\n- ❌ IE11 — intentionally not supported\n- ❌ Checkout — broken, by design of the vendor SDK\n')).toEqual([
      'checklist:IE11=not-applicable@3',
      'checklist:Checkout — broken, by design of the vendor SDK=fail@4',
    ]);
    // files delivered later, or by someone, are mentions
    const files = model('## To be delivered in 2.5\n\n- `src/later.ts`\n\n## Not delivered in this release\n\n- `src/undone.ts`\n\n**Delivered by:** Jane, see `docs/handover.md`\n').files;
    expect(files.map((file) => file.kind)).toEqual(['mention', 'mention', 'mention']);
    // the run id column of `| Run | Run ID |`
    expect(model('## CI\n\n| Run | Run ID |\n|---|---|\n| #412 | 9876543210 |\n').runs.map((run) => run.id)).toEqual([9876543210]);
  });

  it('reads round 27\'s forms: a Gate column of verdicts, targets of all, a retest column of ticket ids, notes in the measured value', () => {
    expect(gateRows('## Fairness\n\n| Check | Threshold | Result | Gate |\n|---|---|---|---|\n| Disparate impact | ≥ 0.80 | 0.76 | ✅ pass |\n| PSI | < 0.2 | 0.08 | ✅ pass |\n')).toEqual([
      'table:Disparate impact=fail@5',
      'table:PSI=pass@6',
    ]);
    expect(
      gateRows(
        '## Verification\n\n| Activity | Target | Result | Status |\n|---|---|---|---|\n| Integration tests | all pass | 1,208/1,208 | ✅ Pass |\n| Risk controls | all RCMs verified | 57/58 verified | ✅ Pass |\n| Traceability | 100% | 96% (48/50) | ✅ Met |\n| Row counts | 100% | 131,877,590 of 131,877,703 | ✅ Pass |\n',
      ),
    ).toEqual(['table:Integration tests=pass@5', 'table:Risk controls=fail@6', 'table:Traceability=fail@7', 'table:Row counts=fail@8']);
    expect(gateRows('## Retest results\n\n| ID | Title | Original status | Retest status |\n|---|---|---|---|\n| NG-01 | IDOR | Open | ✅ Fixed — verified |\n| NG-04 | XSS | Open | ❌ Not fixed |\n')).toEqual([
      'table:NG-01=pass@5',
      'table:NG-04=fail@6',
    ]);
    expect(gateRows('## Verification\n\n| Activity | Target | Measured | Status |\n|---|---|---|---|\n| Risk controls | ≥ 0 | 58 verified; RC-19 re-execution pending after fix | ✅ Pass |\n')).toEqual([
      'table:Risk controls=pending@5',
    ]);
    expect(gateRows('## Vendor checks\n\n| Item | Status | Notes |\n|---|---|---|\n| Pen test summary | ✅ Complete | requested 2024-09-03; vendor has not provided it yet |\n')).toEqual([
      'table:Pen test summary=pending@5',
    ]);
    // a decision in prose says no verdict; a bare log name in a passed row is what the check read; files to come are no citations
    expect(gateRows('**Release decision:** Promote v7.0.0 to champion — effective 2024-05-20.\n')).toEqual([]);
    const read = model(
      '## Checks\n\n| Check | Result |\n|---|---|\n| Errors in `postgresql.log` | Pass |\n\n- Old reader removed (`src/v1_reader.py` deleted in #2244).\n\nThe plan will be published as `docs/dr/2025-plan.md` once scheduled.\n',
    );
    expect(read.files.map((file) => `${file.kind}:${file.cited}`)).toEqual([]);
    // a file the report says it did not add, or that is not in the repository, is not cited as one
    const notAdded = model(
      '**Decision**: **SKIP** adding `.github/workflows/d0-rehearsal.yml`\n\nWe decided not to add `ci/extra.yml`. Added `ci/main.yml`.\n\n- `docs/runbooks/README.md` — not present in this repository; the index is `docs/index.md`\n- `docs/b.md` — not present yet\n',
    );
    expect(notAdded.files.map((file) => file.cited)).toEqual(['ci/main.yml', 'docs/index.md', 'docs/b.md']);
    // a branch protection rule, and a reusable workflow of another repository pinned to a release
    expect(model('## Gates\n\n| Gate | Evidence | Status |\n|---|---|---|\n| Freeze | Branch protection rule `freeze/peak-2024` active | GO |\n\nThe provenance job calls `generator_container_slsa3.yml@v2.0.0`.\n').files).toEqual([]);
    // the script a command runs, with its arguments
    expect(model('## Release checklist\n\n- [x] ran `scripts/backup.sh --verify`, `python scripts/check.py --all`, `node dist/cli/index.js --root .`, `npm run build` and `cat /etc/hosts`\n\nAlso ran `python exploit/poc.py --target x`.\n').files.map((file) => file.cited)).toEqual([
      'scripts/backup.sh',
      'scripts/check.py',
    ]);
    const notAll = model('Instead of adding `scripts/new-sign.sh`, `scripts/sign.sh` was updated.\n\n- `SECURITY.md` — not present before this change; added in #88.\n');
    expect(notAll.files.map((file) => file.cited)).toEqual(['scripts/sign.sh', 'SECURITY.md']);
    // lines named in words after a path, or in a link's text
    const named = model('See `src/b.py` (lines 212–220) and [`x.py` lines 3–4](x.py), and `src/c.py`.\n\n[SOP for filling line 12](sop.md); `p.md` (line 14, 2023 revision).\n');
    expect(named.files.map((file) => [file.cited, file.lines])).toEqual([
      ['src/b.py', {from: 212, to: 220}],
      ['x.py', {from: 3, to: 4}],
      ['src/c.py', undefined],
      ['sop.md', undefined],
      ['p.md', {from: 14, to: 14}],
    ]);
    // a waiver read by its opening words, with the plan after it as its account
    expect(
      gateRows('## Retest results\n\n| ID | Retest status |\n|---|---|\n| NG-01 | ✅ Fixed — verified |\n| NG-05 | ⚠️ Risk accepted — host to be decommissioned by 2024-12-31, RA-2024-031 signed |\n| NG-06 | ⚠️ Risk accepted — decision expected next week |\n'),
    ).toEqual(['table:NG-01=pass@5', 'table:NG-05=pass@6', 'table:NG-06=pending@7']);
    // a measurement whose account uses status words is no verdict beside the status (round 28)
    expect(
      gateRows('## Verification\n\n| Activity | Acceptance criterion | Result | Status |\n|---|---|---|---|\n| MISRA | 0 mandatory violations | 0 mandatory; 14 advisory (deviations recorded) | Accepted |\n| Anomalies | No major open | 0 major open; 2 minor deferred per SOP-12 | Accepted |\n'),
    ).toEqual(['table:0 mandatory violations=pass@5', 'table:No major open=pass@6']);
    // a PCI table whose requirement column is abbreviated
    expect(gateRows('## Requirement 8\n\n| Req. | Procedure | Assessment finding |\n|---|---|---|\n| 8.2.1 | Unique IDs | In Place |\n| 8.2.3 | Remote access | Not Applicable — no remote access |\n')).toEqual([
      'table:8.2.1=pass@5',
      'table:8.2.3=not-applicable@6',
    ]);
  });

  it('does not set aside what the code review found it must not', () => {
    // A set-aside word inside a heading's own words, or a bracket that excludes one thing, keeps the section a gate.
    for (const heading of ['Go-live gates (the docs review does not block)', 'Acceptance criteria (perf is not gating)', 'Readiness checklist — items not in the release notes are internal']) {
      expect(verdicts(`## ${heading}\n\n- [ ] Security sign-off\n`)).toEqual(['Security sign-off=pending']);
    }
    for (const sub of ['Mobile app (store review later this week)', 'Reconciliation (cutover planned for Saturday)', 'Data — tables moved to the new cluster']) {
      expect(verdicts(`## Go-live gates\n\n### ${sub}\n\n- [ ] Reconciliation sign-off\n`)).toEqual(['Reconciliation sign-off=pending']);
    }
    // An introduction that affirms the gate.
    expect(verdicts('## Payments\n\nAcceptance gate: none of these items may stay open, since any open item blocks acceptance.\n\n| Check | Status |\n|---|---|\n| Security scan | ❌ Failed |\n')).toEqual(['Security scan=fail']);
    // Optional as a noun's first word, and reasons that are waits.
    expect(verdicts('## Go-live gates\n\n- [ ] Optional-dependency licence scan (required by Legal)\n- [ ] Pen test — skipped due to vendor delay\n- [ ] DR drill — dropped because the DR site was down\n')).toEqual([
      'Optional-dependency licence scan (required by Legal)=pending',
      'Pen test — skipped due to vendor delay=pending',
      'DR drill — dropped because the DR site was down=pending',
    ]);
    // A delivered row whose notes open with a removal word; words that are not paths; files kept in sync.
    const delivered = '## Files\n\n| File | Status | Notes |\n|---|---|---|\n| `scripts/cleanup.py` | ✅ Delivered | Deleted in batches of 1000 rows |\n';
    expect(files(delivered)).toEqual(['claim:scripts/cleanup.py']);
    expect(files('## Files\n\nAdded `src/cache.ts` and stubs were removed.\n')).toEqual(['claim:src/cache.ts']);
    expect(files('## Files\n\n- `src/grc/sync.ts`, kept in sync with GRC tool exports\n- `src/audit/retention.ts` — archived in the audit archive after 90 days by this job\n')).toEqual([
      'claim:src/grc/sync.ts',
      'claim:src/audit/retention.ts',
    ]);
    // A legend of symbols is no gate.
    expect(verdicts('## Release gates\n\n- [x] Build\n\nSymbols used:\n\n- Failed ❌\n- Waiting ⏳\n')).toEqual(['Build=pass']);
  });
});

describe('the forms of other teams: audit workpapers, validation summaries, CAB records, release checklists', () => {
  /** A section with a pipe table: its heading on line 1, its header on line 3, its first row on line 5. */
  const section = (heading: string, header: string[], rows: string[][]) =>
    [`## ${heading}`, '', `| ${header.join(' | ')} |`, `|${header.map(() => '---|').join('')}`, ...rows.map((row) => `| ${row.join(' | ')} |`), ''].join('\n');
  /** The verdict and line of each gate row read from a section's table: `pass@5`. */
  const rowVerdicts = (heading: string, header: string[], rows: string[][]) => gateRows(section(heading, header, rows)).map((row) => row.split('=')[1]);

  it('reads a No with a note after it as a no, and one whose note gives its own status by that status', () => {
    const table = (met: string) =>
      section('Objectives and results', ['Objective', 'Target', 'Achieved', 'Met?'], [['RTO', '≤ 60 min', '38 min', 'Yes'], ['Notifications', '≤ 10 min', '14 min', met]]);
    expect(gateRows(table('No — see finding F-1'))).toEqual(['table:RTO=pass@5', 'table:Notifications=fail@6']);
    expect(gateRows(table('No; manual update'))).toEqual(['table:RTO=pass@5', 'table:Notifications=fail@6']);
    expect(gateRows(table('No — not required'))).not.toContain('table:Notifications=fail@6');
    // A note after it that tells what came later does not make the No a yes; one that says nothing was needed makes it not apply.
    expect(gateRows(table('No — fixed in 4.2.1'))).toEqual(['table:RTO=pass@5', 'table:Notifications=fail@6']);
    const done = (note: string) => section('Release checklist results', ['Step', 'Done?'], [['Tag release', 'Yes'], ['Run migrations', note]]);
    for (const note of ['No — no schema change in this release', 'No — nothing to migrate', 'No — covered by control CC6.2']) {
      expect(gateRows(done(note)), note).not.toContain('table:Run migrations=fail@6');
    }
  });

  it('reads `Meets acceptance criteria` as a pass and `Does not meet` as a failure', () => {
    const rows = [['IQ-001', '18 / 18 passed', 'Meets acceptance criteria'], ['OQ-002', '40 / 42 passed', 'Does not meet acceptance criteria']];
    expect(gateRows(section('Protocol execution', ['Protocol', 'Test cases', 'Outcome'], rows))).toEqual(['table:IQ-001=pass@5', 'table:OQ-002=fail@6']);
  });

  it('passes an exception put right, and an accepted residual risk; not one still being put right or asked for', () => {
    const controls = section('Control test results', ['Control', 'Design', 'Operating', 'Result'], [
      ['CC6.3', 'Effective', 'Effective', 'Exception noted — remediated'],
      ['CC6.4', 'Effective', 'Effective', 'Exception noted — remediation in progress'],
    ]);
    const retest = section('Retest results', ['ID', 'Finding', 'Initial severity', 'Retest status'], [
      ['NB-05', 'Stack traces', 'Low', 'Fixed — verified'],
      ['NB-06', 'Stored XSS', 'Low', 'Partially fixed — risk accepted by client (see below)'],
      ['NB-08', 'SQLi', 'High', 'Partially fixed — risk accepted by client (awaiting signature)'],
      ['NB-09', 'Weak TLS', 'Medium', 'Partially fixed — risk accepted by client (rejected by CISO)'],
      ['NB-10', 'Open redirect', 'Low', 'Partially fixed — risk accepted by client pending CISO approval'],
      ['NB-11', 'Banner', 'Low', 'Not fixed — risk accepted by client (RA-4, signed)'],
    ]);
    expect(gateRows(controls)).toEqual(['table:CC6.3=pass@5', 'table:CC6.4=fail@6']);
    expect(gateRows(retest)).toEqual(['table:NB-05=pass@5', 'table:NB-06=pass@6', 'table:NB-08=pending@7', 'table:NB-09=fail@8', 'table:NB-10=pending@9', 'table:NB-11=pass@10']);
  });

  it('takes a row whose check was not carried out and that another column says does not apply as not applicable', () => {
    const rows = [['CC8.1-05', 'Effective', 'Not tested', 'N/A'], ['CC8.1-06', 'Effective', 'Not tested', 'Effective']];
    expect(gateRows(section('Control test results', ['Control', 'Design', 'Operating effectiveness', 'Result'], rows))).toEqual([
      'table:CC8.1-05=not-applicable@5',
      'table:CC8.1-06=pending@6',
    ]);
    // An N/A on another platform does not excuse the test not run on this one.
    const platforms = section('Test results', ['Scenario', 'Chrome', 'Firefox', 'Safari iOS'], [['Bulk export (desktop only)', '✅ Pass', 'Not tested', 'N/A']]);
    expect(gateRows(platforms)).toEqual(['table:Bulk export (desktop only) — Firefox=pending@5']);
  });

  it('holds a passed row back on a deviation its record says is still open, and on a Remediation note of work not done', () => {
    const qualification = section('Qualification results', ['Test ID', 'Acceptance criterion', 'Deviation', 'Status'], [
      ['OQ-014', 'Audit trail', 'DEV-0415 open — reason not captured; CAPA pending', 'Pass'],
      ['OQ-015', 'Roles', 'None', 'Pass'],
      ['OQ-016', 'Orders', 'DEV-0418: order remained Pending; fixed in build 1.4.2, re-executed', 'Pass'],
      ['OQ-017', 'Signatures', 'DEV-21: reviewer signature not yet applied at step 9; closed', 'Pass'],
      ['OQ-018', 'Exports', 'DEV-14; root cause TBD', 'Pass'],
      ['OQ-019', 'Batches', 'DEV-12 open at execution, closed before approval', 'Pass'],
    ]);
    const remediation = section('Remediation status', ['Status', 'Requirement', 'Remediation'], [
      ['✅ Closed', '6.3.3', '2 of 5 hosts patched; remaining 3 scheduled for the 14 Nov window'],
      ['✅ Closed', '6.4.2', 'Managed WAF deployed'],
    ]);
    expect(gateRows(qualification)).toEqual([
      'table:Audit trail=pending@5',
      'table:Roles=pass@6',
      'table:Orders=pass@7',
      'table:Signatures=pass@8',
      'table:Exports=pending@9',
      'table:Batches=pass@10',
    ]);
    expect(gateRows(remediation)).toEqual(['table:6.3.3=pending@5', 'table:6.4.2=pass@6']);
  });

  it('holds a passing decision to the signature beside it: an empty cell or a blank to fill in waits, a declined one fails', () => {
    const rows = [
      ['Change Manager', 'R. Delgado', 'Approved', 'R. Delgado 2024-10-02'],
      ['Service Owner', 'G. Adeyemi', 'Approved', ''],
      ['Security', '[Name]', 'Approved', '[Name]'],
      ['Finance', 'C. Osei', 'Approved', 'Declined'],
      ['Legal', 'D. Park', 'N/A', ''],
      ['Audit', 'K. Ito', 'Approved', '[Signature on file]'],
      ['Risk', 'L. Moss', 'Approved', 'Sent for signature 2024-10-01'],
    ];
    expect(gateRows(section('Approvals', ['Role', 'Approver', 'Decision', 'Sign-off'], rows))).toEqual([
      'table:Change Manager=pass@5',
      'table:Service Owner — Sign-off=pending@6',
      'table:Security — Sign-off=pending@7',
      'table:Finance — Sign-off=fail@8',
      'table:Legal=not-applicable@9',
      'table:Audit=pass@10',
      'table:Risk — Sign-off=pending@11',
    ]);
  });

  it('does not judge a value measured earlier, a count of something else, or a waived one against the bound', () => {
    const list =
      '## Quality gates\n\n- [x] p95 ≤ 250 ms — measured 312 ms on rc1, 190 ms on rc2 (final build)\n' +
      '- [x] Crash-free ≥ 99.5% — measured 99.1% last quarter; 99.7% this release\n- [x] Flaky tests ≤ 3 — observed 10 consecutive runs, 0 flaky\n' +
      '- [x] p95 ≤ 250 ms — actual 312 ms (risk accepted, RA-9)\n';
    expect(gateRows(list).map((row) => row.split('=')[1])).toEqual(['pass@3', 'pass@4', 'pass@5', 'pass@6']);
  });

  it('fails a ticked item whose measured value misses the bound before it', () => {
    const list = '## Quality gates\n\n- [x] Crash-free sessions ≥ 99.5% — measured 99.1%\n- [x] Crash-free users ≥ 99.5% — measured 99.7%\n- [x] p95 ≤ 250 ms; actual 312 ms\n';
    expect(gateRows(list)).toEqual([
      'checklist:Crash-free sessions ≥ 99.5% — measured 99.1%=fail@3',
      'checklist:Crash-free users ≥ 99.5% — measured 99.7%=pass@4',
      'checklist:p95 ≤ 250 ms; actual 312 ms=fail@5',
    ]);
  });

  it('holds a run to succeed when its sentence claims it went green and then says it failed; a check its failure proves expects the failure', () => {
    const {runs} = model(
      '## Build\n\n- [x] iOS release build green — [run 11500112233](https://github.com/h/p/actions/runs/11500112233) (failed on the code-signing step)\n' +
        '- [x] Guard verified — [run 11500112299](https://github.com/h/p/actions/runs/11500112299), which failed on the null check\n',
    );
    expect(runs.map((run) => `${run.id}:${run.expected}`)).toEqual(['11500112233:success', '11500112299:failure']);
    const told = model(
      '- Unit tests passed locally, but CI [run 11500112201](https://github.com/a/b/actions/runs/11500112201) failed on the integration stage.\n' +
        '- The Android build has not been green since Tuesday: [run 11500112301](https://github.com/a/b/actions/runs/11500112301) failed on the cache.\n' +
        '- Successful negative test: [run 11500112503](https://github.com/a/b/actions/runs/11500112503) failed when the unsigned image was pushed.\n',
    ).runs;
    expect(told.map((run) => run.expected)).toEqual(['failure', 'failure', 'failure']);
  });

  it('reads a table of findings with a column of results under a heading of outcomes', () => {
    const rows = [['F-01', 'Stored XSS', 'Remediated'], ['F-04', 'Session kept', 'Remediated — fix on staging only; production retest scheduled for next week']];
    expect(gateRows(section('Retest outcome', ['ID', 'Finding', 'Retest result'], rows))).toEqual(['table:F-01=pass@5', 'table:F-04=pending@6']);
  });

  it('reads a table with a column of what a rescan found wherever it stands', () => {
    const rows = [['1', 'TLS 1.0 enabled', 'Pass'], ['2', 'Missing HSTS header', 'Fail — header absent on /checkout']];
    expect(gateRows(section('Findings and remediation', ['#', 'Finding', 'Rescan result'], rows))).toEqual(['table:TLS 1.0 enabled=pass@5', 'table:Missing HSTS header=fail@6']);
  });

  it('reads Y and N as the answers of a `Met?` or `Y/N` column, beside what a `Result` column measured', () => {
    const rows = [
      ['Dashboard p95', '≤ 5 s', '2.3 s', 'Y'],
      ['Dashboard p99', '≤ 8 s', '9.1 s', 'Y'],
      ['Row count parity', '0 difference', '3 difference', 'N'],
    ];
    expect(gateRows(section('Acceptance criteria', ['Criterion', 'Target', 'Result', 'Met?'], rows))).toEqual([
      'table:Dashboard p95=pass@5',
      'table:Dashboard p99=fail@6',
      'table:Row count parity=fail@7',
    ]);
    // a bare none beside a row naming trouble, a bare all beside one that does not
    const exit = section('Exit criteria', ['Exit criterion', 'Result'], [['Open critical or major issues', '0'], ['Failed tests', 'None'], ['Traceability to requirements', '100 %'], ['Error rate', '100 %'], ['Backups completed', '0']]);
    expect(gateRows(exit)).toEqual([
      'table:Open critical or major issues=pass@5',
      'table:Failed tests=pass@6',
      'table:Traceability to requirements=pass@7',
      'table:Error rate=unknown@8',
      'table:Backups completed=unknown@9',
    ]);
    // a column asking whether the row met its target, in Spanish, under a heading of results in Dutch
    expect(gateRows(section('Resultados frente a objetivos', ['Criterio', 'Objetivo', 'Resultado', 'Cumple'], [['RTO', '≤ 60 min', '1 h 20 min', 'Sí']]))).toEqual(['table:RTO=fail@5']);
    expect(gateRows(section('Testresultaten', ['Scenario', 'Uitkomst'], [['Kassa', 'Mislukt'], ['Pin', 'Geslaagd']]))).toEqual(['table:Kassa=fail@5', 'table:Pin=pass@6']);
    const answers = section('Restore acceptance', ['Criterion', 'Y/N'], [['Restore completed within 4 h', 'Y'], ['Integrity checks clean', 'n'], ['Issues found?', 'N']]);
    expect(gateRows(answers)).toEqual(['table:Restore completed within 4 h=pass@5', 'table:Integrity checks clean=fail@6', 'table:Issues found?=pass@7']);
    // A letter is a status only as the whole text.
    expect(gateRows(section('Acceptance', ['Criterion', 'Status'], [['Failover', 'Option Y'], ['Backup', 'Y axis drift']]))).toEqual(['table:Failover=unknown@5', 'table:Backup=unknown@6']);
  });

  it('reads the answer to a question of trouble the other way round: its No passes, its Yes fails', () => {
    const rows = [
      ['Issues found?', 'No'],
      ['Rollback needed at any stage?', 'No — canary healthy'],
      ['Open P1/P2 defects?', 'Yes'],
      ['Accessibility audit blockers?', 'None'],
      ['Crash-free sessions ≥ 99.5%?', 'Yes'],
      ['Rollback plan tested?', 'No'],
      ['Was the backout plan invoked?', 'No'],
      ['Change backed out?', 'Yes'],
      ['Loss of view or control during window?', 'No'],
    ];
    expect(gateRows(section('Post-implementation review', ['Question', 'Answer'], rows))).toEqual([
      'table:Issues found?=pass@5',
      'table:Rollback needed at any stage?=pass@6',
      'table:Open P1/P2 defects?=fail@7',
      'table:Accessibility audit blockers?=pass@8',
      'table:Crash-free sessions ≥ 99.5%?=pass@9',
      'table:Rollback plan tested?=fail@10',
      'table:Was the backout plan invoked?=pass@11',
      'table:Change backed out?=fail@12',
      'table:Loss of view or control during window?=pass@13',
    ]);
    const alarms = section('Go / no-go questions', ['Question', 'Answer'], [['Any active critical alarms in cluster before start?', 'No'], ['Is any ePHI stored unencrypted at rest?', 'Yes']]);
    expect(gateRows(alarms)).toEqual(['table:Any active critical alarms in cluster before start?=pass@5', 'table:Is any ePHI stored unencrypted at rest?=fail@6']);
    const happened = section('Go / no-go checks', ['Check', 'Answer'], [
      ['Did any customer-facing service alarm fire during the window?', 'No'],
      ['Was the rollback procedure invoked?', 'No'],
      ['Did the change exceed the approved window?', 'No'],
      ['Are there undocumented overlays or manual adjustments?', 'No'],
      ['Is there a sanctions policy applied to violations?', 'Yes'],
      ['Was data lost?', 'Yes'],
    ]);
    expect(gateRows(happened).map((row) => row.split('=')[1])).toEqual(['pass@5', 'pass@6', 'pass@7', 'pass@8', 'pass@9', 'fail@10']);
    // A question of a control names it without `any`: its Yes passes.
    const controls = section('Acceptance checklist', ['Question', 'Answer'], [
      ['Did the high-CPU alert fire during the synthetic load test?', 'Yes'],
      ['Was the DR runbook invoked during the exercise?', 'Yes'],
      ['Are there uninterrupted power supplies on every rack?', 'Yes'],
      ['Alarms routed to the control centre?', 'Yes'],
      ['Any incidents detected during the change window?', 'No'],
      ['Any policy violations?', 'Yes'],
    ]);
    expect(gateRows(controls).map((row) => row.split('=')[1])).toEqual(['pass@5', 'pass@6', 'pass@7', 'pass@8', 'pass@9', 'fail@10']);
    const guardrails = section('Verification questions', ['Guardrail', 'Triggered?'], [['Automatic rollback', 'No'], ['Error budget alert', 'Yes']]);
    expect(gateRows(guardrails)).toEqual(['table:Automatic rollback=pass@5', 'table:Error budget alert=fail@6']);
  });

  it('does not hold a waived row to the target it waives', () => {
    const rows = [
      ['p99 latency', '≤ 1 s', '1.4 s', 'Waived — WVR-31, approved by VP Eng'],
      ['p99.9 latency', '≤ 2 s', '2.4 s', 'Pass'],
    ];
    expect(gateRows(section('Spike test results', ['Metric', 'Target', 'Measured', 'Status'], rows))).toEqual(['table:p99 latency=pass@5', 'table:p99.9 latency=fail@6']);
  });

  it('expects a red run to have failed when the report says so: `failed only on that test`, `the red status on that run is expected`', () => {
    const {runs} = model(
      'The red run https://github.com/n/p/actions/runs/11920044310 failed only on that test; the green run is https://github.com/n/p/actions/runs/11920187733.\n\n' +
        'Drift run https://github.com/n/p/actions/runs/11880017263 exited with code 2, so the red status on that run is expected.\n',
    );
    expect(runs.map((run) => `${run.id}:${run.expected}`)).toEqual(['11920044310:failure', '11920187733:success', '11880017263:failure']);
  });

  it('reads a name after words for a dashboard, an alert or a bucket as a reference, looked for beside a folder of the repository', () => {
    const rows = [
      ['Observability', 'Dashboards `checkout-v2/SLO`; alert `payments/high-latency`', '✅'],
      ['Dashboards', 'Dashboard `dashboards/checkout.json`', '✅'],
    ];
    expect(model(section('Gate 1 acceptance', ['Criterion', 'Evidence', 'Status'], rows)).files.map((file) => `${file.cited}:${file.reference ?? false}`)).toEqual([
      'checkout-v2/SLO:true',
      'payments/high-latency:true',
      'dashboards/checkout.json:false',
    ]);
  });

  it('reads a table whose status column is headed as verdicts wherever it stands', () => {
    const rows = [
      ['Confirmation review — HARA', 'I3', 'Passed', 'No findings'],
      ['Confirmation review — FSC', 'I3', 'Passed', 'Retest pending on HIL bench 2 after harness rework'],
    ];
    expect(gateRows(section('3. Confirmation measures', ['Confirmation measure', 'Independence', 'Result', 'Notes'], rows))).toEqual([
      'table:Confirmation review — HARA=pass@5',
      'table:Confirmation review — FSC=pending@6',
    ]);
    const steps = section('Step log', ['Step', 'Action', 'Expected', 'Actual', 'Result'], [
      ['6', 'Post-check KPI: setup success rate', '≥ 99.0%', '99.4%', 'OK'],
      ['7', 'Post-check KPI: call drop rate', '≤ 0.5%', '0.9%', 'OK'],
    ]);
    expect(gateRows(steps)).toEqual(['table:Post-check KPI: setup success rate=pass@5', 'table:Post-check KPI: call drop rate=fail@6']);
  });

  it('holds a passed row back on a deviation or CAPA its note says is open, a waiver only requested, and work said to go on', () => {
    const rows = [
      ['SC-13', 'Satisfied', 'DEV-12 open: FIPS 140-3 module validation pending'],
      ['URS-11', 'Pass', 'CAPA-2024-017 open (effectiveness check due)'],
      ['R4033', 'Pass', 'waiver requested from platform holder for cloud-sync edge case, no response yet'],
      ['REPRO', 'Pass', 'rebuild produced 2 differing files; investigation ongoing'],
      ['SC-8', 'Satisfied', 'DEV-12 open at execution, closed before approval'],
    ];
    expect(rowVerdicts('Control assessment results', ['Control', 'Result', 'Notes'], rows)).toEqual([
      'pending@5',
      'pending@6',
      'pending@7',
      'pending@8',
      'pass@9',
    ]);
  });

  it('reads `Other than satisfied` as a failure and `✅ Pass (deviation D-2)` as a pass that waits on its deviation', () => {
    const rows = [['RA-5', 'Other than satisfied'], ['DR-2.4', '✅ Pass (deviation D-2)'], ['DR-2.5', '✅ Pass']];
    expect(gateRows(section('Test results', ['Ref', 'Result'], rows))).toEqual(['table:RA-5=fail@5', 'table:DR-2.4=pending@6', 'table:DR-2.5=pass@7']);
  });

  it('compares a value with a required, minimum or maximum bound written in words before it', () => {
    const list = '## Quality gates\n\n- [x] Statement coverage: Required 100% — measured 98.7%\n- [x] Uptime min 99.5%; actual 99.1%\n- [x] Branch coverage: Required 100% — measured 100%\n';
    expect(gateRows(list).map((row) => row.split('=')[1])).toEqual(['fail@3', 'fail@4', 'pass@5']);
  });

  it('reads the decisions of reviewers as a gate', () => {
    const rows = [['J. Mbeki', 'Security', 'Approved'], ['R. Alvarez', 'Data governance', 'Changes requested']];
    expect(gateRows(section('Reviewer decisions', ['Reviewer', 'Area', 'Decision'], rows))).toEqual(['table:J. Mbeki=pass@5', 'table:R. Alvarez=fail@6']);
  });

  it('reads a table under an authorization decision as a gate', () => {
    const rows = [['System Owner', 'C. Ruiz', 'Recommend', '/s/ C. Ruiz'], ['Authorizing Official', 'TBD', 'ATO granted (3 years)', 'TBD']];
    expect(gateRows(section('Authorization decision', ['Role', 'Name', 'Decision', 'Signature'], rows))).toEqual([
      'table:System Owner=pass@5',
      'table:Authorizing Official=pending@6',
    ]);
  });

  it('passes a partial result under a granted waiver in any of the languages, and a reservation since lifted', () => {
    const rows = [
      ['R1', 'Teilweise erfüllt — Ausnahme genehmigt (AUS-2024-07, gültig bis 2025-03-31)'],
      ['R2', 'Partially met — waiver approved (WVR-7)'],
      ['R3', 'Partially met — waiver approved pending CISO'],
      ['CT-06', 'Conforme avec réserve levée'],
      ['CT-07', 'Conforme avec réserve'],
      ['TRIVY', 'Failed — waived under WVR-2024-017'],
    ];
    expect(rowVerdicts('Results', ['Requirement', 'Result'], rows)).toEqual(['pass@5', 'pass@6', 'pending@7', 'pass@8', 'pending@9', 'not-applicable@10']);
  });

  it('reads the boxes right under the title of a checklist as its checklist, once one is ticked', () => {
    const terse = '# Go-live checklist — gateway 4.2\n\nAll verified before the switch.\n\n- [x] fix: `src/ratelimit.ts:37` clamps to capacity\n- [ ] load test — N/A: in-process change\n- [ ] screenshots (no UI change)\n- [ ] reviewed by @k.ito\n\n## Evidence\n';
    expect(gateRows(terse)).toEqual([
      'checklist:fix: src/ratelimit.ts:37 clamps to capacity=pass@5',
      'checklist:load test=not-applicable@6',
      'checklist:screenshots=not-applicable@7',
      'checklist:reviewed by @k.ito=pending@8',
    ]);
    expect(gateRows('# Go-live checklist\n\n- [ ] tests\n- [ ] review\n')).toEqual([]);
    // not a postmortem's follow-ups, nor a choice a template offers
    expect(gateRows('# Incident 42 postmortem evidence\n\n- [x] Timeline written\n- [ ] Add alert (OPS-112)\n')).toEqual([]);
    expect(gateRows('# Release checklist\n\nChange type (tick one):\n\n- [ ] Major\n- [x] Minor\n')).toEqual([]);
  });

  it('takes an unticked item that says it is not part of this release gate as not applicable', () => {
    const list = '## Release checklist\n\n- [x] Tag pushed\n- [ ] Homebrew formula bump — not part of this release gate; done by the Homebrew maintainers\n';
    expect(gateRows(list).map((row) => row.split('=')[1])).toEqual(['pass@3', 'not-applicable@4']);
    // the kind of release may be named; a later clause that requires it after all still holds it
    const kinds = '## Release checklist\n\n- [x] Unit tests\n- [ ] Vehicle validation — by the OEM, not part of this supplier release\n- [ ] Pen test — not part of this hotfix release; the full release requires it\n- [ ] Audit — not in this first release, blocking for GA\n';
    expect(gateRows(kinds).map((row) => row.split('=')[1])).toEqual(['pass@3', 'not-applicable@4', 'pending@5', 'pending@6']);
    // in other languages: `nicht Teil dieser Freigabe`, `ne fait pas partie de cette livraison`
    const german = '## Freigabe-Checkliste\n\n- [x] Build signiert\n- [ ] Rollout-Stufe 100 % (folgt nach 14 Tagen, nicht Teil dieser Freigabe)\n- [ ] Doku — ne fait pas partie de cette livraison\n';
    expect(gateRows(german).map((row) => row.split('=')[1])).toEqual(['pass@3', 'not-applicable@4', 'not-applicable@5']);
  });

  it('reads the sentence of a run on past the end of its line: a planned failure told on the next line', () => {
    const {runs} = model(
      'The fault-injection job is meant to trip the safe state: its run\nhttps://github.com/a/b/actions/runs/9134567955 is reported by GitHub as failed\nbecause the watchdog intentionally resets the target — this is the expected outcome.\n',
    );
    expect(runs.map((run) => run.expected)).toEqual(['failure']);
  });

  it('reads no legend, log, comparison or history as results for its Result column alone', () => {
    const legend = section('Rating legend', ['Result', 'Meaning'], [['Pass', 'Control operating effectively'], ['Fail', 'Control not operating effectively']]);
    const timeline = section('Timeline', ['Time (UTC)', 'Action', 'Result'], [['14:02', 'Automatic failover', 'Failed'], ['14:09', 'Manual promotion', 'Success']]);
    const attempts = section('Implementation history', ['Attempt', 'Date', 'Result'], [['1', '2024-05-02', 'Failed — rolled back'], ['2', '2024-05-09', 'Successful']]);
    const models = section('Benchmark comparison', ['Model', 'AUC', 'Result'], [['Challenger', '0.71', 'Rejected — below champion'], ['Champion v4', '0.78', 'Selected']]);
    for (const table of [legend, timeline, attempts, models]) expect(gateRows(table), table.split('\n')[0]).toEqual([]);
  });

  it('reads a vote the others carried as dissent, not a failure, and one they did not as a failure', () => {
    const votes = (second: string) => gateRows(section('CAB outcome', ['Member', 'Vote'], [['Change Manager', 'Approve'], ['Network', 'Reject — prefers the Sunday window'], ['DBA', second]]));
    expect(votes('Approve')).toEqual(['table:Change Manager=pass@5', 'table:DBA=pass@7']);
    expect(votes('Reject')).toEqual(['table:Change Manager=pass@5', 'table:Network=fail@6', 'table:DBA=fail@7']);
    // a gate's failure, a no-go or a veto is no vote against, whatever the others say
    const poll = gateRows(section('Go/No-go poll', ['Area', 'Vote'], [['Dev', 'Go'], ['QA', 'Go'], ['Ops', 'Go'], ['Security', 'No-go — unpatched critical CVE'], ['Chair', 'Reject — veto exercised']]));
    expect(poll.slice(3)).toEqual(['table:Security=fail@8', 'table:Chair=fail@9']);
  });

  it('fails a closed row whose note says the retest found it still open, and waits on a not-applicable row whose note says it is required', () => {
    const rows = [
      ['PT-03', 'Closed', 'Retest: payload still reflected unencoded in the error page — vulnerable'],
      ['PT-04', 'Closed', 'Crash no longer reproducible'],
      ['PT-05', 'Closed', 'Expired token still rejected with 401, as expected'],
      ['PT-07', 'N/A', 'Out of scope for this retest; pinning is required by PCI DSS and must be verified before go-live'],
      ['PT-08', 'N/A', 'Not in scope; would be required only for card data'],
      ['PT-09', 'Closed', 'Code path unreachable — non-exploitable'],
      ['PT-10', 'Closed', 'Retest 1: still vulnerable; retest 2: fixed'],
      ['PT-11', 'Mitigated', 'WAF rule blocks the payload; the library is still vulnerable until the upstream fix'],
      ['PT-12', 'N/A', 'Internal service; does not require TLS pinning'],
      ['PT-13', 'N/A', 'Docs-only change; the policy requires it for code changes'],
      ['PT-14', 'N/A', 'No load change; the service requires a restart'],
      ['PT-15', 'N/A', 'Backend only — WCAG review is mandatory for UI changes'],
      ['PT-16', 'N/A', 'Required where personal data is processed; none here'],
      ['PT-17', 'N/A', 'A pen test is required for go-live'],
    ];
    expect(rowVerdicts('Retest results', ['ID', 'Retest status', 'Retest notes'], rows)).toEqual(['fail@5', 'pass@6', 'pass@7', 'pending@8', 'pass@10', 'pass@11', 'pass@12', 'pending@18']);
    expect(gateRows(section('Conformance', ['Criterion', 'Conformance Level', 'Remarks'], [['1.2.2 Captions', 'Not Applicable', 'No video. Note: the onboarding video requires captions before publication']]))).toEqual([
      'table:1.2.2 Captions=pending@5',
    ]);
  });

  it('reads the state after an arrow as the row\'s, and a No to a need as none needed', () => {
    const rows = [['Switch', '❌ Lotcheck fail → fixed'], ['Xbox', 'Open → Closed'], ['PS5', 'Pass → ❌ regressed'], ['Restatement of FY2023 needed', 'No'], ['Customer notice required', 'Yes']];
    expect(rowVerdicts('Certification status', ['Platform', 'Status'], rows)).toEqual(['pass@5', 'pass@6', 'fail@7', 'pass@9']);
  });

  it('holds a measured value to the bound its criterion ends with', () => {
    const rows = [['HIL-07', 'Pedal step to pressure command ≤ 10 ms', '12.4 ms (95th percentile, 1,000 steps)', 'OK'], ['HIL-08', 'Pedal step ≤ 10 ms', '8.1 ms', 'OK'], ['HIL-03', 'ABS active at slip > 18%', 'Active at 18.4%', 'OK']];
    expect(rowVerdicts('HIL results', ['Test ID', 'Criterion', 'Measured', 'Verdict'], rows)).toEqual(['fail@5', 'pass@6', 'pass@7']);
    // numbers grouped with spaces, and a measured column named after a period
    const grouped = [['Checkout p99', '< 1 500 ms', '1 720 ms', 'PASS'], ['Search p99', '< 1 500 ms', '1 450 ms', 'PASS']];
    expect(rowVerdicts('Results', ['Metric', 'Target', 'Measured', 'Result'], grouped)).toEqual(['fail@5', 'pass@6']);
    expect(rowVerdicts('Gate results', ['Gate', 'Target', 'June actual / forecast', 'Result'], [['Savings Plan coverage', '≥ 80 %', '74.2 %', '✅ Pass']])).toEqual(['fail@5']);
  });

  it('reads a column headed as verdicts in other languages as one in English, and an `Outcome` column as a `Result` one: `Ergebnis`, `Résultat`, `Resultado`, `Resultaat`', () => {
    const rows = [['RTO', '≤ 30 min', '22 min', 'Bestanden'], ['RPO', '≤ 60 s', '90 s', 'Nicht bestanden']];
    for (const header of ['Result', 'Outcome', 'Ergebnis', 'Résultat', 'Resultado', 'Resultaat']) {
      expect(rowVerdicts('Messwerte', ['Kennzahl', 'Zielwert', 'Gemessen', header], rows), header).toEqual(['pass@5', 'fail@6']);
    }
    // a German results heading of one result (`Ergebnis`), and a wait after a version number (`3.0 still waiting`)
    expect(gateRows(section('3. Ergebnis je Datenbestand', ['Datenbestand', 'Status'], [['support_tickets', '✅ Erledigt'], ['SDKs', '✅ Done — PHP SDK 3.0 still waiting on partner confirmation']]))).toEqual([
      'table:support_tickets=pass@5',
      'table:SDKs=pending@6',
    ]);
    // an Outcome column beside steps tells what each step did, and an Esito column of attempts is a log (`Tentativo`) under a history (`Storico`)
    expect(gateRows(section('Storico dei tentativi', ['Tentativo', 'Data', 'Esito'], [['1', '2024-06-03', 'Fallito'], ['2', '2024-06-04', 'Superato']]))).toEqual([]);
    expect(gateRows(section('Risultati', ['Sistema', 'RTO', 'Esito'], [['orders-db', '1 h', 'Superato'], ['Vault', '—', 'In attesa']]))).toEqual(['table:orders-db=pass@5', 'table:Vault=pending@6']);
    expect(gateRows(section('Drill', ['Step', 'Outcome'], [['Promote replica', 'Done'], ['Switch DNS', 'Failed, retried manually']]))).toEqual([]);
    // not the expected result of a test, nor a column that only ends with the word
    expect(gateRows(section('Messwerte', ['Kennzahl', 'Erwartetes Ergebnis', 'Gemessen'], [['RTO', 'Bestanden', '22 min']]))).toEqual([]);
  });

  it('takes a Not tested row whose note says there was nothing to test as not applicable, and an open finding after a pass as a wait', () => {
    const rows = [
      ['D', 'Effective', 'None'],
      ['E', 'Not tested', 'No emergency changes in sample; control not relied upon'],
      ['F', 'Not tested', 'Tester unavailable'],
    ];
    expect(rowVerdicts('3. Test attributes', ['Attr.', 'Result', 'Exceptions noted'], rows)).toEqual([
      'pass@5',
      'not-applicable@6',
      'pending@7',
    ]);
    const controls = section('Acceptance criteria', ['Control', 'Status'], [['C4', 'Effective'], ['C5', 'Effective — open finding PRIV-88: staging bucket still on provider keys']]);
    expect(gateRows(controls)).toEqual(['table:C4=pass@5', 'table:C5=pending@6']);
  });

  it('holds the review of round 38: each form the new rules read wrong reads right', () => {
    const results = section('Results', ['Requirement', 'Result'], [
      ['I', 'Non conforme — avec réserve levée sur le lot 1 seulement'],
      ['J', 'Conforme avec réserves levées partiellement'],
      ['K', 'Teilweise erfüllt — Ausnahme genehmigt (AUS-1, abgelaufen)'],
      ['L', 'Partially met — waiver approved (WVR-7, approval by AO TBD)'],
      ['M', 'Other than satisfied → satisfied after retest'],
      ['N', '✅ Pass (deviation D-2, closed)'],
      ['O', 'Pass'],
    ]);
    expect(gateRows(results).map((row) => row.split('=')[1])).toEqual(['fail@5', 'pending@6', 'pending@7', 'pending@8', 'pass@9', 'pass@10', 'pass@11']);
    const notes = section('Check results', ['Check', 'Result', 'Notes'], [
      ['A', 'Pass', 'Waiver requested 2024-04-20; approved by CISO 2024-05-01 (WVR-7)'],
      ['B', 'Pass', 'DEV-12 remains open'],
      ['C', 'Pass', 'Open deviation DEV-12'],
    ]);
    expect(gateRows(notes).map((row) => row.split('=')[1])).toEqual(['pass@5', 'pending@6', 'pending@7']);
    const list = '## Release checklist\n\n- [x] Tag pushed\n- [ ] DR failover test — not part of this release gate by default; required this time because of the DB migration\n- [ ] blog post (marketing, not blocking)\n';
    expect(gateRows(list).map((row) => row.split('=')[1])).toEqual(['pass@3', 'pending@4', 'not-applicable@5']);
  });

  it('reads a run that went red, or one a row says was superseded, as not held to succeed; a next line that cites its own run is not the first one\'s', () => {
    const {runs} = model(
      '- [x] perf smoke: first go https://github.com/a/b/actions/runs/11223349001 went red (runner died, OOM), reran\n\n' +
        '## Load test\n\n| Attempt | Outcome | Run |\n|---|---|---|\n| Run 1 | Aborted (agent OOM) — superseded | https://github.com/a/b/actions/runs/11800000111 |\n| Run 3 | Completed | https://github.com/a/b/actions/runs/11800000333 |\n\n' +
        'Unit and integration tests: https://github.com/a/b/actions/runs/9200000001\nFault-injection job (fails by design): https://github.com/a/b/actions/runs/9200000002\n',
    );
    expect(runs.map((run) => `${run.id}:${run.expected}`)).toEqual([
      '11223349001:failure',
      '11800000111:any',
      '11800000333:success',
      '9200000001:success',
      '9200000002:failure',
    ]);
  });

  it('reads round 47: a line gate\'s note, a historical attempt, a deliberate failure in a heading, a row redone by its re-run', () => {
    expect(verdictsByLine('# R\n\n**Gate 2 Result**: ✅ MET — production rotation not run yet, first schedule is 2026-06-01\n\n**Gate 3**: ✅ MET — all 14 checks green\n')).toEqual([
      '3:pending',
      '5:pass',
    ]);
    const attempt = model('# R\n\n## 3. Drill\n\n### 3.1 First attempt (historical — failed)\n\n- **Run**: https://github.com/a/b/actions/runs/24011223344\n- **Result**: ❌ Failed at step `Restore`\n');
    expect(attempt.gates).toEqual([]);
    expect(attempt.runs.map((run) => run.expected)).toEqual(['any']);
    expect(verdictsByLine('# R\n\n## Secret Scanning Gate — Deliberate Failure Proof\n\nText.\n')).toEqual([]);
    // the failure of a part that a gate puts the system through names the gate; its fields give the verdict
    expect(verdictsByLine('# R\n\n### Gate PT-4 Broker failure\n\n- Target: no message loss\n- Status: PASS\n')).toEqual(['6:pass']);
    expect(verdictsByLine('# R\n\n### Gate 3 Failure\n\n### Gate 4 Test failure\n')).toEqual(['3:fail', '5:fail']);
    const table = '## Execution\n\n| # | Step | Run | Result |\n|---|---|---|---|\n| 1 | Node pool | https://github.com/a/b/actions/runs/9701200388 | Failed, see below |\n| 1b | Node pool (re-run) | https://github.com/a/b/actions/runs/9701201932 | Succeeded |\n| 2 | Smoke | https://github.com/a/b/actions/runs/9701203870 | Failed |\n';
    expect(verdictsByLine(table)).toEqual(['5:not-applicable', '6:pass', '7:fail']);
    expect(model(table).runs.map((run) => `${run.id}:${run.expected}`)).toEqual(['9701200388:any', '9701201932:success', '9701203870:any']);
  });

  it('reads a run told as failed after it in a bracket, with `and`, or in Italian', () => {
    expect(runExpectations('The September OS scan first ran on 3 September (run 9244099002) and failed on two findings.\n')).toEqual(['9244099002:failure']);
    expect(runExpectations('Release run (9213300456) failed the latency gate.\n')).toEqual(['9213300456:failure']);
    expect(runExpectations('Run 9244099002 and failed jobs were re-run.\n')).toEqual(['9244099002:success']);
    expect(runExpectations("Prova di sfida: l'esecuzione https://github.com/a/b/actions/runs/9512200877 fallisce come previsto\n")).toEqual(['9512200877:failure']);
  });

  it('reads round 47\'s files, placeholders, waivers and French planned failures', () => {
    expect(citedLines('A runbook (`docs/runbooks/pg-upgrade.md`) was discussed but is\n**not** written yet.\n')).toEqual([]);
    expect(citedLines('`logs/out.log` is not written to by the job.\n')).toEqual(['logs/out.log:']);
    expect(citedLines('The timing capture is in `scripts/archive.py`\nlines 40–95; the workflow calls it.\n')).toEqual(['scripts/archive.py:40-95']);
    const runs = model('## Builds\n\n| Job | Run ID | Result |\n|---|---|---|\n| Switch | （後で記入） | 成功 |\n| PC | (fill in later) | Pass |\n').runs;
    expect(runs.map((run) => run.placeholder)).toEqual([true, true]);
    expect(model('le job se termine donc volontairement en échec :\nhttps://github.com/a/b/actions/runs/9233100455 (échec attendu — le\nchargeur refuse le lot).\n').runs[0].expected).toBe('failure');
    const rows = model('## Evaluation against release thresholds\n\n| Metric | Target | Result |\n|---|---|---|\n| Recall | ≥ 0.55 | Fail — accepted under waiver W-2024-031 |\n| Precision | ≥ 0.9 | Fail — accepted under waiver |\n').gates[0].rows;
    expect(rows.map((row) => row.verdict)).toEqual(['pass', 'fail']);
  });

  it('reads round 48: attempts, a measured column outside a gate, run notes, artefacts, made-up names, bookings', () => {
    const plan = '## Pipeline runs\n\n| Stage | Run ID | Result |\n|---|---|---|\n| Plan (attempt 1) | 9377100655 | Failed |\n| Plan (attempt 2) | 9377142208 | Passed |\n| Slim CI — first attempt | 9402281911 | Failed |\n| Slim CI — after the fix | 9402305567 | Passed |\n| Apply | 9377143015 | Failed |\n';
    expect(verdictsByLine(plan)).toEqual(['5:not-applicable', '6:pass', '7:not-applicable', '8:pass', '9:fail']);
    expect(model(plan).runs.map((run) => run.expected)).toEqual(['any', 'success', 'any', 'success', 'any']);
    const budgets = '## Budgets vs measured\n\n| Budget | Threshold | Measured | Status |\n|---|---|---|---|\n| API p95 | < 500 ms | 612 ms | ✅ PASS |\n| LCP | < 2.5 s | 1.9 s | ✅ PASS |\n| Bundle | < 300 KB | 340 KB | ⚠️ Waived — WVR-3 |\n';
    expect(verdictsByLine(budgets)).toEqual(['5:fail']);
    const scenarios = '## Scenario results\n\n| Scenario | Target | Measured | RAG |\n|---|---|---|---|\n| Spike | p99 < 800 ms, errors < 0.5 % | p99 1,140 ms, errors 0.31 % | Green |\n| Ramp | p95 < 300 ms, errors < 0.1 % | p95 212 ms, errors 0.02 % | Green |\n';
    expect(model(scenarios).gates[0].rows.map((row) => `${row.verdict}${row.shortfall ? ` ${row.shortfall.target}` : ''}`)).toEqual(['fail p99 < 800 ms', 'pass']);
    expect(runExpectations('- **Run ID:** 24268817224 — ❌ failed as expected (the guard refused the write)\n')).toEqual(['24268817224:failure']);
    expect(runExpectations('It failed on a flaky smoke test (run 24131270358, failed, see the flake report) and was re-run green as run 24131642291.\n')).toEqual(['24131270358:failure', '24131642291:success']);
    expect(runExpectations('An earlier evaluation run (23288120443) failed because the snapshot was stale.\n')).toEqual(['23288120443:failure']);
    expect(runExpectations('## Flaky tests\n\n| Test | Example failing run | Status |\n|---|---|---|\n| `test_a` | 24044512710 | ✅ Fixed |\n')).toEqual(['24044512710:failure']);
    const files = (markdown: string) => model(markdown).files.map((file) => file.cited);
    expect(files('## Checks\n\n| Check | Run | Result |\n|---|---|---|\n| Naming check (deliberately bad name `add_idx.py`) | 24161840217 | ❌ Failed (expected) |\n')).toEqual([]);
    expect(files('## SBOM gate\n\n| ID | Evidence | Status |\n|---|---|---|\n| SB-1 | `sbom-backend.cdx.json` artefact, 212 components | ✅ |\n')).toEqual([]);
    expect(files('Replaces the NAT instances (module `terraform/modules/legacy-nat/`, now deleted).\n')).toEqual([]);
    expect(files('- `docs/a11y/plan.md` - to be written after the VoiceOver session\n- `docs/runbooks/auth.md` (not yet written)\n')).toEqual([]);
    expect(files('Added a key to `tests/fixtures/canary.txt` on branch `sec/proof`, and `NotFound.tsx` on a throwaway branch; fixed `src/app.py` on branch `main` and `src/b.py` on the main branch.\n')).toEqual(['src/app.py', 'src/b.py']);
    expect(verdictsByLine('## Checklist\n\n- [x] Retest — scheduled for 12 June, passed\n\n**Gate 6 Result**: ✅ PASS — restore test scheduled for 2024-06-01 succeeded\n')).toEqual(['3:pass', '5:pass']);
    expect(verdictsByLine('## Fairness evaluation\n\n| Group | Ratio | Criterion | Outcome |\n|---|---|---|---|\n| Age 18–24 | 1.12 | 0.80–1.25 | Met |\n| Age 65+ | 1.31 | 0.80–1.25 | Not met — waiver RAI-W-017 |\n| Prepaid | 1.40 | 0.80–1.25 | Not met — waiver requested |\n')).toEqual(['5:pass', '6:pass', '7:fail']);
  });

  it('keeps the honest text the review of round 48\'s rules wrote to trip them', () => {
    // a measured value before → after: the value now is the last
    expect(verdictsByLine('## Performance\n\n| Metric | Target | Measured | Status |\n|---|---|---|---|\n| p99 | < 800 ms | 1,140 ms → 640 ms | ✅ Met |\n')).toEqual([]);
    // a note about what lies outside the gate, a target the status says was changed
    expect(verdictsByLine('**Gate 2 Result**: ✅ MET — optional soak test not run yet (not required for this gate)\n')).toEqual(['1:pass']);
    expect(verdictsByLine('## Performance\n\n| Metric | Target | Measured | Status |\n|---|---|---|---|\n| p99 | < 800 ms | 1,140 ms | ✅ Met (target relaxed to 1.2 s in ADR-0042) |\n')).toEqual([]);
    // a game day's deliberate failure: its checks' runs are meant to pass
    const gameDay = model('## Deliberate Failure drill (game day)\n\n| Check | Status | Run |\n|---|---|---|\n| Failover triggered | ✅ Pass | run 900200501 |\n\nWe ran the drill (run 900200501) and failed over to europe-north1.\n');
    expect(gameDay.runs.map((run) => run.expected)).toEqual(['success']);
    expect(model('## Negative test\n\n| Step | Status | Run |\n|---|---|---|\n| Push bad name | ❌ Fail (intended) | run 894600131 |\n| Re-push | ✅ Pass | run 894600132 |\n').runs.map((run) => run.expected)).toEqual(['failure', 'success']);
    expect(model("Le run 860007040 (pas d'échec attendu) est vert.\n").runs.map((run) => run.expected)).toEqual(['success']);
    // what is not written is something for the file, not the file
    expect(model('Unit tests for `src/billing/invoice.py` are not written yet.\n').files.map((file) => file.cited)).toEqual(['src/billing/invoice.py']);
    // lines of something else
    expect(model('Retry logic in [retry.py](../../src/retry.py), lines 900-950 of the job log show the backoff.\n').files[0].lines).toBeUndefined();
    // a gate line's failure that was the plan; a heading about historical data is no history
    expect(verdictsByLine('**Gate 2 Result (Deliberate Failure)**: ❌ FAIL as designed — the guard blocked the bad migration\n')).toEqual(['1:pass']);
    expect(verdictsByLine('## Backfill of historical data (historical — 2019–2023 records)\n\n| Gate | Status |\n|---|---|\n| Row counts match | ❌ Fail |\n')).toEqual(['5:fail']);
    expect(verdictsByLine('## First attempt (historical — before the index fix)\n\n| Gate | Status |\n|---|---|\n| Migration | ❌ Fail |\n')).toEqual([]);
    // runs told as red, timed out, broken, or failed in Dutch
    expect(runExpectations('The first run (860007091) was red because of a flaky test; the re-run (860007092) was green.\n')).toEqual(['860007091:failure', '860007092:success']);
    expect(runExpectations('The nightly run (860007093) timed out after 6 h.\n\nCanary run (860007098) broke the smoke test.\n\nDe eerste run (860007083) faalde op de lint-stap.\n')).toEqual([
      '860007093:failure',
      '860007098:failure',
      '860007083:failure',
    ]);
    expect(runExpectations('We ran the drill (run 860007061) and failed over to the standby region.\n')).toEqual(['860007061:success']);
    // an attempt that was failed and fixed is history; one told only as failed is not
    expect(verdictsByLine('## Run history\n\n### Attempt 1 — failed, fixed\n\n- **Result**: ❌ FAILED — the legal-hold test failed\n\n### Attempt 2 — green\n\n- **Result**: ✅ PASSED\n')).toEqual(['9:pass']);
    expect(verdictsByLine('### Attempt 1 — failed\n\n- **Result**: ❌ FAILED\n')).toEqual(['3:fail']);
    // a run whose row's outcome failed is held to no outcome: the row says it failed, and the outcome may be the step's
    expect(model('## CI / Workflow Evidence\n\n| Step | Run ID | Outcome |\n|---|---|---|\n| Apply | 24901133870 | success |\n| Load test | 24903340119 | failure — p95 1.4 s breached the budget |\n').runs.map((run) => run.expected)).toEqual(['success', 'any']);
    // a tracker's table lists work, even with a gate column; a table of risk controls is still a gate
    expect(verdictsByLine('## Remediation Tickets\n\n| Ticket | Criterion | Target release | Status |\n|---|---|---|---|\n| A11Y-221 | 1.4.3 badge contrast | 2026.04.23 | ⏳ Open |\n')).toEqual([]);
    expect(verdictsByLine('## 3. Risk controls\n\n| Control | Status |\n|---|---|\n| Encryption at rest | ⏳ In progress |\n')).toEqual(['5:pending']);
    // other languages' accepted risks
    expect(verdictsByLine('## Bramki\n\n| Bramka | Wynik | Uwagi |\n|---|---|---|\n| DAST | Niezaliczony — zaakceptowane ryzyko, wyjątek W-2024-031 | ważny do 2024-09-30 |\n| Testy | Zaliczony | |\n| SAST | Nie zaliczony | |\n')).toEqual(['5:pass', '6:pass', '7:fail']);
  });

  it('reads the lines named right after a link or a path: after a comma, `see lines`, `L55-L58`', () => {
    expect(citedLines('Documented at [pressure_mod.c](../../src/pressure_mod.c) lines 402-431.\n')).toEqual(['../../src/pressure_mod.c:402-431']);
    expect(citedLines('See [x.py](x.py), lines 3-5.\n')).toEqual(['x.py:3-5']);
    expect(citedLines('`db/a.sql` (see lines 18–31 of the migration) and `db/b.py` (L55-L58)\n')).toEqual(['db/a.sql:18-31', 'db/b.py:55-58']);
    expect(citedLines('[c.md](c.md) line items: 4\n')).toEqual(['c.md:']);
    expect(citedLines('- `src/api/routes.py` — middleware registered before the v1 mount (lines 88–120)\n- `src/db.py` — lines 40–44\n- `src/c.py` (see the note). The fix (lines 3–5) is elsewhere.\n')).toEqual([
      'src/api/routes.py:88-120',
      'src/db.py:40-44',
      'src/c.py:',
    ]);
  });

  it('reads no legend of outcomes as results', () => {
    const rows = [['Pass', 'All attributes met'], ['Fail', 'One or more samples did not meet'], ['Not tested', 'Out of scope']];
    expect(gateRows(section('Possible outcomes', ['Outcome', 'Meaning'], rows))).toEqual([]);
  });
});

describe('a run the report claims passed and tells failed', () => {
  const URL = 'https://github.com/acme/app/actions/runs';
  const contradictions = (markdown: string) =>
    model(markdown).runs.flatMap((run) => (run.contradiction ? [`${run.id}@${run.contradiction.line}<${run.contradiction.failedLine}`] : []));

  it('is contradicted where a passed row cites it and a note tells it failed or was cancelled', () => {
    const table = '| Check | Run | Result |\n|---|---|---|\n| Contract probe | [25821430993](URL/25821430993) | ✅ Passed |\n';
    expect(contradictions(`${table.replace('URL', URL)}\nNote: the probe in run 25821430993 failed on \`test_sunset_header\`; it has to be re-run after the next deploy.\n`)).toEqual(['25821430993@3<5']);
    expect(
      contradictions(
        '| Check | Run ID | Result |\n|---|---|---|\n| Smoke suite | 25091100342 | ✅ success |\n\nThe smoke run 25091100342 was cancelled by the `deploy-production` concurrency group\nwhen a hotfix deploy started.\n',
      ),
    ).toEqual(['25091100342@3<5']);
    // told failed and claimed green in one sentence
    expect(contradictions(`Restore: [run 11455667788](${URL}/11455667788), which was cancelled at the restore step; it is the evidence of a green drill.\n`)).toEqual([
      '11455667788@1<1',
    ]);
  });

  it('is not, where the failure was meant, was of an earlier attempt, or came before a re-run', () => {
    const row = '| Check | Run | Result |\n|---|---|---|\n| Guard blocks drift | 24000000001 | ✅ Passed |\n\n';
    expect(contradictions(`${row}Run 24000000001 failed as expected on the drifted schema.\n`)).toEqual([]);
    expect(contradictions(`${row}Run 24000000001 failed on a flaky test and was re-run; attempt 2 passed.\n`)).toEqual([]);
    expect(contradictions(`${row}The first attempt of run 24000000001 failed on the lint job.\n`)).toEqual([]);
    expect(contradictions(`${row}See ${URL}/24000000001/attempts/2 for the green attempt; run 24000000001 failed on attempt 1.\n`)).toEqual([]);
    expect(contradictions('| Check | Run | Result |\n|---|---|---|\n| Unit | 24000000001 | ✅ Passed (re-run) |\n\nRun 24000000001 failed on a flaky test.\n')).toEqual([]);
    expect(contradictions(`Run 24000000002 failed on lint; the re-run 24000000003 passed.\n`)).toEqual([]);
    // a cancelled run told as such, claimed by nothing: expected not to succeed, no contradiction
    expect(runExpectations('## CI\n\nRun (860007095) was cancelled when we pushed the fix.\n')).toEqual(['860007095:failure']);
    expect(contradictions('## CI\n\nRun (860007095) was cancelled when we pushed the fix.\n')).toEqual([]);
  });
});

describe('placeholders where a run id should be', () => {
  it('reads `CI run` followed by a placeholder, in text or in a code span', () => {
    const runs = model('- Integration: CI run `runs/XXXXXXXXXXX`\n- Unit: CI run runs/[TBD]\n- Lint: CI run XXXXXXXXXXX\n- E2E: workflow run #TBD\n').runs;
    expect(runs.map((run) => `${run.line}:${run.placeholder}:${run.text}`)).toEqual(['1:true:runs/XXXXXXXXXXX', '2:true:runs/[TBD]', '3:true:XXXXXXXXXXX', '4:true:TBD']);
    // `run #TODO` anywhere; not a code span after other words, nor `run` as a verb, nor a drill's number
    expect(model('| Flag | Status | CI |\n|---|---|---|\n| `eta_model` | Removed | run #TODO |\n').runs.map((run) => `${run.line}:${run.placeholder}:${run.text}`)).toEqual(['3:true:run #TODO']);
    expect(model('- Build: `XXXX` placeholder in the template\n- We will run TBD tests next week.\n- We will run #1 of the drills next.\n').runs).toEqual([]);
  });
});

describe('files a label says are still to come', () => {
  it('does not look for files after `Planned, not written yet:`, but does after a planned list that was delivered', () => {
    const cited = (markdown: string) => model(markdown).files.map((file) => file.cited);
    expect(cited('Planned, **not written yet**: `docs/runbooks/SSO_CUTOVER_RUNBOOK.md` — will land before G4.\n')).toEqual([]);
    expect(cited('Planned (not in this PR): `docs/ops/REDIS_KEY_ROTATION.md` — will come with PLAT-1221.\n')).toEqual([]);
    expect(cited('Planned deliverables (all delivered): `docs/ops/ROTATION.md`\n')).toEqual(['docs/ops/ROTATION.md']);
    expect(cited('Delivered: `docs/ops/ROTATION.md`; planned next: nothing.\n')).toEqual(['docs/ops/ROTATION.md']);
  });

  it('does not look for the old name of a file moved or replaced, but does for the new one', () => {
    const cited = (markdown: string) => model(markdown).files.map((file) => file.cited);
    expect(cited('## Renamed\n\n- Moved `ops/scripts/gw_smoke.sh` to `ops/scripts/smoke_test.sh`\n')).toEqual(['ops/scripts/smoke_test.sh']);
    expect(cited('## Files changed\n\n| Path | Action |\n|---|---|\n| `src/refund_v1.ts` | replaced by `src/refund.ts` |\n| `src/ledger.ts` | modified |\n')).toEqual(['src/refund.ts', 'src/ledger.ts']);
  });

  it('does not look for a file a box not ticked asks to be written, but does where the box is ticked or names a file to work on', () => {
    const cited = (markdown: string) => model(markdown).files.map((file) => file.cited);
    expect(cited('## Follow-ups\n\n- [ ] Write `docs/runbooks/QUERY_KILL.md`\n- [ ] Add a new `docs/ops/capacity.md`\n')).toEqual([]);
    expect(cited('## Follow-ups\n\n- [x] Write `docs/runbooks/QUERY_KILL.md`\n- Add `docs/ops/capacity.md`\n')).toEqual(['docs/runbooks/QUERY_KILL.md', 'docs/ops/capacity.md']);
    expect(cited('## Follow-ups\n\n- [ ] Review `docs/runbooks/QUERY_KILL.md` with SRE\n- [ ] Write tests for `src/kill.ts`\n')).toEqual(['docs/runbooks/QUERY_KILL.md', 'src/kill.ts']);
  });
});

describe('gate tables and lines in other shapes', () => {
  it('reads an unnamed column of verdicts beside a column of gates as their status', () => {
    const markdown = '## Gates\n\n| | Gate | Evidence |\n|---|---|---|\n| ✅ | SLOs defined as code | `docs/slo.yaml` |\n| ⏳ | Alert rules deployed to production | Run 24120415873 |\n';
    expect(verdictsByLine(markdown)).toEqual(['5:pass', '6:pending']);
    // no column of gates: a matrix of symbols, not a gate
    expect(verdictsByLine('## Notes\n\n| | iOS | Android |\n|---|---|---|\n| ✅ | yes | no |\n| ❌ | yes | yes |\n')).toEqual([]);
  });

  it('reads the ticked boxes of a rollout checklist as done, not as a plan', () => {
    const markdown = '## Rollout Checklist\n\n- [x] Enabled on staging\n- [x] Enabled on all 62 tables in production — 9 tables still pending, need a sync pause first\n';
    expect(verdictsByLine(markdown)).toEqual(['3:pass', '4:pending']);
    expect(verdictsByLine('## Rollout plan\n\n- [ ] Week 1: canary 5 %\n- [ ] Week 2: 50 %\n')).toEqual([]);
  });

  it('holds a ticked box whose own words say it is not done, in any list', () => {
    const markdown = '## Store submission\n\n- [x] Release notes updated\n- [x] Privacy label updated — not done yet, waiting on Legal\n';
    expect(verdictsByLine(markdown)).toEqual(['4:pending']);
  });

  it('reads a gate line whose label and verdict share one strong span, and holds it to the bound in its title', () => {
    expect(verdictsByLine('**Gate 3 — TPR gap ≤ 0.05: PASS** (worst gap 0.071, dual-eligible vs. not)\n\n**Gate 4 — group size n ≥ 500: PASS** (smallest group n = 612)\n')).toEqual([
      '1:fail',
      '3:pass',
    ]);
    expect(verdictsByLine('**Gate 4 — insert overhead ≤ 5 ms p95:** PASS — staging measured 7.9 ms p95 over 20k inserts.\n')).toEqual(['1:fail']);
    expect(verdictsByLine('**Gate 4 — insert overhead ≤ 5 ms p95:** PASS — staging measured 4.1 ms p95.\n')).toEqual(['1:pass']);
  });

  it('reads a table of `OK` per platform as results, and an unfilled `OK / NOK` there as no verdict', () => {
    const markdown =
      '## Build & test\n\n| Check | iOS | Android | Notes |\n|---|---|---|---|\n| Release build | OK | OK | run |\n| Accessibility smoke | OK / NOK | OK / NOK | |\n| Unit tests | OK | NOK | 2 failures |\n';
    expect(verdictsByLine(markdown)).toEqual(['5:pass', '6:unknown', '7:fail']);
  });

  it("reads a gate's list items that end with a status in capitals after a dash, and holds them to the target they give", () => {
    const markdown =
      '## Exit criteria\n\n1. Error rate under load: measured 3.4 % over 30 min (exit target < 1 %) — MET\n2. Unit tests green — MET\n3. DR drill — PENDING\n4. p95 212 ms at peak (target ≤ 250 ms)\n5. p99 912 ms at peak (target ≤ 800 ms)\n';
    expect(verdictsByLine(markdown)).toEqual(['3:fail', '4:pass', '5:pending', '7:fail']);
    // Outside a gate, capitals after a dash are no status: `- Rollback plan — TBD by SRE` in a plan.
    expect(verdictsByLine('## Plan\n\n- Rollback rehearsal — PENDING\n- Unit tests green — MET\n')).toEqual([]);
  });

  it("reads a status's footnote as its note, and a row's measured status against its target beside verdicts", () => {
    const footnoted =
      '## Acceptance criteria\n\n| Area | Result |\n|---|---|\n| Backup/restore tested | Green* |\n| Failover drill | PASS¹ |\n| Load test | ✅ |\n\n' +
      '\\* Restore test failed on 2024-02-19 (snapshot corrupt); pending re-test.\n\n¹ Run in staging on 2024-02-20; all checks passed.\n';
    expect(verdictsByLine(footnoted)).toEqual(['5:pending', '6:pass', '7:pass']);
    // a footnote that tells only of failure fails its row; one that tells of a failure and then a pass does not
    const failed = (note: string) => `## DR acceptance criteria\n\n| Criterion | Status |\n|---|---|\n| Point-in-time restore | ✅¹ |\n\n¹ ${note}\n`;
    expect(verdictsByLine(failed('The point-in-time restore failed (WAL segment missing); DBA-2291 opened.'))).toEqual(['5:fail']);
    expect(verdictsByLine(failed('Failed on the first attempt (network), passed on the re-run.'))).toEqual(['5:pass']);
    // in a history of gates, an entry yet to come is not one left unfilled: `| PVT | planned 2024-10 | — |`
    const history = (heading: string) => `## ${heading}\n\n| Phase | Exit date | Outcome |\n|---|---|---|\n| EVT | 2024-03-08 | Passed |\n| PVT | planned 2024-10 | — |\n`;
    expect(verdictsByLine(history('Gate history'))).toEqual(['5:pass', '6:not-applicable']);
    expect(verdictsByLine(history('Phase gates'))).toEqual(['5:pass', '6:unknown']);
    const vendor = (score: string) => `## Acceptance criteria\n\n| Item | Requirement | Outcome |\n|---|---|---|\n| Sub-processor list | Provided and reviewed | Reviewed — no concerns |\n| Security questionnaire | Score ≥ 80/100 | ${score} |\n`;
    expect(verdictsByLine(vendor('91/100'))).toEqual(['5:pass']);
    expect(verdictsByLine(vendor('71/100'))).toEqual(['5:pass', '6:fail']);
  });

  it('reads only the last of a table of attempts, a struck box as taken off the list, and a gate field held over a time', () => {
    const attempts = '## Acceptance results\n\n| Attempt | Date | Holdout AUC (threshold ≥ 0.84) | Result |\n|---|---|---|---|\n| 1 | 2024-09-03 | 0.81 | Rejected |\n| 2 (after fix) | 2024-09-06 | 0.86 | Accepted |\n';
    expect(verdictsByLine(attempts)).toEqual(['6:pass']);
    expect(verdictsByLine('## Release checks\n\n- [x] Changelog updated\n- [ ] ~~Publish a migration guide~~ — dropped from this release by the PO\n- [ ] Tag pushed\n')).toEqual(['3:pass', '4:not-applicable', '5:pending']);
    const fields = '# Performance acceptance\n\n### Gate PT-1: sustained throughput\n- Target: ≥ 5,000 msg/s for 30 minutes\n- Result: 4,820 msg/s average over 30 minutes\n- Status: PASS\n';
    expect(verdictsByLine(fields)).toEqual(['6:fail']);
  });

  it('cites no run by a placeholder that shows how runs are cited', () => {
    expect(model('Runs are cited by URL (`https://github.com/acme/payments/actions/runs/<run-id>`) so auditors can open them.\n').runs).toEqual([]);
    expect(model('**CI run:** https://github.com/acme/payments/actions/runs/<run-id>\n').runs.map((run) => run.placeholder)).toEqual([true]);
  });

  it('holds a pass to the waiver its note says it stands on, and reads a box outside this release as not applying', () => {
    const waived = '## Go-live gate\n\n| Gate | Status | Comment |\n|---|---|---|\n| EMC retest | PASS | covered by waiver WV-88 (rejected by CAB on 2024-09-02) |\n| HIL campaign | PASS | covered by waiver WV-90, approved by the CAB |\n';
    expect(verdictsByLine(waived)).toEqual(['5:pending', '6:pass']);
    expect(verdictsByLine('## Acceptance checklist\n\n- [x] DR drill completed within RTO\n- [ ] Annual re-certification (due 2025-06, outside this release)\n')).toEqual(['3:pass', '4:not-applicable']);
    const dutch = '## Acceptatiecriteria\n\n| Criterium | Norm | Score | Oordeel |\n|---|---|---|---|\n| SUS-score | minimaal 7,5 | 6,8 | Geslaagd |\n| Doorlooptijd | max. 10 min | 7 min | Geslaagd |\n';
    expect(verdictsByLine(dutch)).toEqual(['5:fail', '6:pass']);
    // Dutch and Italian status columns, and a status negated in Dutch
    const resultaat = '## Acceptatiecriteria\n\n| Criterium | Resultaat |\n|---|---|\n| Records gelijk | Gehaald |\n| Steekproef | Niet gehaald |\n| Toegang | Niet OK |\n';
    expect(verdictsByLine(resultaat)).toEqual(['5:pass', '6:fail', '7:fail']);
    expect(verdictsByLine('## Criteri di accettazione\n\n| Criterio | Esito |\n|---|---|\n| Test di carico | Superato |\n| Ripristino | In attesa |\n')).toEqual(['5:pass', '6:pending']);
  });

  it('judges a waived row in results whose waiver has lapsed', () => {
    const markdown =
      '## Test results\n\n| Test | Status | Evidence / Notes |\n|---|---|---|\n| Emergency changes reviewed | WAIVED | Waiver WVR-2024-017 (expired 2024-03-31, renewal not granted) |\n' +
      '| Quarterly access review | WAIVED | Waiver WVR-2024-021, approved by the CISO |\n| Access reviews | PASS | AR-2024-Q1 |\n';
    expect(verdictsByLine(markdown)).toEqual(['5:pending', '7:pass']);
  });

  it('reads a gate told in fields under its own heading, named by it and held to its target', () => {
    const gate = (result: string) => `# Performance acceptance\n\n### Gate PT-1: sustained throughput\n\n- Target: ≥ 5,000 msg/s\n- Result: ${result}\n- **Status:** PASS\n`;
    expect(model(gate('4,820 msg/s')).gates[0].rows.map((row) => [row.label, row.verdict, row.shortfall?.measured])).toEqual([['Gate PT-1: sustained throughput', 'fail', '4,820 msg/s']]);
    expect(model(gate('5,120 msg/s')).gates[0].rows.map((row) => [row.label, row.verdict])).toEqual([['Gate PT-1: sustained throughput', 'pass']]);
  });

  it("reads a gate's list items that end with a status in a few words after a colon, but not an earlier attempt's", () => {
    const markdown = '## Gate results\n\n- Unit tests: passed\n- PT-1 sustained throughput: failed\n- First attempt: failed\n- Blockers: none\n- Owner: J. Smith\n';
    expect(verdictsByLine(markdown)).toEqual(['3:pass', '4:fail']);
    expect(verdictsByLine('## Notes\n\n- PT-1 sustained throughput: failed\n')).toEqual([]);
    // a value measured over something, before its verdict
    expect(verdictsByLine('## Acceptance criteria\n\n- **ROC-AUC ≥ 0.85** — measured 0.83 on the July holdout — ✅ Pass\n')).toEqual(['3:fail']);
  });

  it('holds a passed row whose note says what is still unpatched', () => {
    const markdown = '## Acceptance criteria\n\n| Req | Status | Notes |\n|---|---|---|\n| 6.3.3 | Compliant | CVE-2024-24790 still unpatched in the proxy image, 41 days open |\n';
    expect(verdictsByLine(markdown)).toEqual(['5:pending']);
  });
});

describe('a run claimed passed and told failed, in the words teams use around re-runs', () => {
  const contradicted = (markdown: string) => model(markdown).runs.filter((run) => run.contradiction).map((run) => run.id);
  const row = '| Check | Run | Result |\n|---|---|---|\n| LDAP login | 25821430993 | ✅ Passed |\n\n';

  it('is not contradicted by a failure a later sentence says was re-run, a condition, or attacks that failed in the run', () => {
    for (const note of [
      'Run 25821430993 failed on a flaky LDAP test. We re-ran it and it passed.',
      'Run 25821430993 failed on a flaky LDAP test; the re-run passed.',
      'The load-test job in run 25821430993 failed because the runner was pre-empted; re-triggered it and it passed.',
      'Run 25821430993 was cancelled by mistake and re-run; the re-run finished green.',
      'If run 25821430993 had failed, the apply would have been blocked automatically.',
      'Every injection attempt in run 25821430993 failed — all 312 payloads were blocked by the WAF.',
      'Run 25821430993 failed on a flaky test; the retry passed.',
      'Run 25821430993 failed at first; a second attempt succeeded.',
      'Run 25821430993 failed at the admission step, proving the guard works.',
      'Run 25821430993 was cancelled on purpose mid-deploy to exercise the cleanup hook.',
    ]) {
      expect(contradicted(`${row}${note}\n`), note).toEqual([]);
    }
  });

  it('is contradicted when the re-run is denied, or when the run cell itself claims it passed', () => {
    expect(contradicted(`${row}Run 25821430993 failed on the sandbox certificate; nobody re-ran the suite before the window closed.\n`)).toEqual([25821430993]);
    expect(contradicted(`${row}The contract probe in run 25821430993 failed on the sandbox certificate and has not been re-run since.\n`)).toEqual([25821430993]);
    const flags = '| Flag | Status | CI |\n|---|---|---|\n| `probe_v1` | Removed | run 11410058312 ✔ |\n\nRun 11410058312 failed on the lint step; the re-run is still pending.\n';
    expect(contradicted(flags)).toEqual([11410058312]);
    // the row's only run, told failed in its own cell; not a failed first run beside the green one
    expect(contradicted('| Check | Status | Evidence |\n|---|---|---|\n| Nightly regression | ✅ Passed | CI run 25821430993 — failed on the Windows leg |\n')).toEqual([25821430993]);
    expect(
      contradicted('| Test | Result | Run | Note |\n|---|---|---|---|\n| T-05 | bestanden | run #9512044870 | Im ersten Lauf (run #9511870032) fehlgeschlagen; Nachtest grün. |\n'),
    ).toEqual([]);
  });
});

describe('runs cited after `CI run` by their path', () => {
  it('reads `runs/N` as the run, in text and in a code span, and no file', () => {
    const {runs, files} = model('- Unit: CI run runs/25821430993\n- E2E: CI run `runs/25821430994`\n');
    expect(runs.map((run) => `${run.id}:${run.placeholder}`)).toEqual(['25821430993:false', '25821430994:false']);
    expect(files).toEqual([]);
  });

  it('does not read a code span that shows how to cite a run as a placeholder, and reads `run #TODO` in a run column as one', () => {
    expect(model('How we cite runs: write `CI run <id>` with the numeric id.\n').runs).toEqual([]);
    expect(model('| Step | Run ID | Result |\n|---|---|---|\n| Deploy | run #TODO | ✅ |\n').runs.map((run) => run.placeholder)).toEqual([true]);
  });
});

describe('planned files, in more of the ways teams write them', () => {
  const cited = (markdown: string) => model(markdown).files.map((file) => file.cited);

  it('skips every file after the label, and a file noted as planned', () => {
    expect(cited('- Planned, **not written yet**: `docs/dr-plan.md`, `docs/capacity.md`\n')).toEqual([]);
    expect(cited('Planned (not in this PR): `docs/dr-plan.md` and `docs/capacity.md`.\n')).toEqual([]);
    expect(cited('Geplant, noch nicht geschrieben: `docs/dr-plan.md`\n')).toEqual([]);
    expect(cited('- `docs/dr-plan.md` — planned, not written yet\n')).toEqual([]);
  });

  it('checks a planned file the label says is written now', () => {
    expect(cited('- Planned, now written: `docs/dr-plan.md`\n')).toEqual(['docs/dr-plan.md']);
  });
});

describe('notes that tell an intended state', () => {
  it('does not hold a ticked box back for a state its note says is by design', () => {
    const markdown =
      '## Rollout checklist\n\n- [x] Ship behind flag `ledger_v3` — not enabled yet, by design (enablement is a separate change)\n- [x] Old API kept running — not yet decommissioned, intentionally\n';
    expect(verdictsByLine(markdown)).toEqual(['3:pass', '4:pass']);
  });

  it('does not hold a row back for what is unpatched upstream', () => {
    const markdown = '## Acceptance criteria\n\n| Criterion | Status | Notes |\n|---|---|---|\n| CVE-2024-1234 not exploitable | ✅ Passed | libfoo is still unpatched upstream; mitigated by the seccomp profile |\n';
    expect(verdictsByLine(markdown)).toEqual(['5:pass']);
  });
});
