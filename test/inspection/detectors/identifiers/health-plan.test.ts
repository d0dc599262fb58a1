import { test } from 'uvu';
import { healthPlanDetector } from '../../../../src/inspection/detectors/identifiers/health-plan.js';
import { detectorTable } from './table.js';

detectorTable(
  healthPlanDetector,
  [
    ['Member ID: XJ4412908 on file', 'XJ4412908'],
    ['Group # 77120', '77120'],
    ['Member #: 123456789 Grp: 4500', ['123456789', '4500']],
    ['policy no. H1234-5678.', 'H1234-5678'],
    ['Subscriber # END361727', 'END361727'],
    ['Your Medicaid ID 316752101 is active', '316752101'],
    ['member #W123456789', 'W123456789'],
    ['Insurance ID: ZGP882190331', 'ZGP882190331'],
    ['BCBS ID XYZ123456789', 'XYZ123456789'],
    ['Plan ID 80840-1234', '80840-1234'],
    // Member-id labels in other languages.
    ['Sra. Ibarra, número de afiliado QX 5512093, su cita fue aprobada', 'QX 5512093'],
    ['Don Félix, número de póliza 88120-33 vence pronto', '88120-33'],
    ['Seu número de beneficiário 4471290033 foi atualizado', '4471290033'],
    ['Nimewo manm ou: HT7712093', 'HT7712093'],
    ['PhilHealth ID 12-345678901-2 ng pasyente', '12-345678901-2'],
    ['Sr. Ríos, miembro 90127734A, autorización aprobada', '90127734A'],
    ['Her Medi-Cal BIC is 91234567A', '91234567A'],
    ['Your ins. # is J88212345', 'J88212345'],
    ['Medicare Advantage ID H1234-567', 'H1234-567'],
    ['Ins: Aetna / W123456789', 'W123456789'],
    ['The ID on your insurance card is W123456789', 'W123456789'],
  ],
  [
    'Dear member, 2024 benefits are here',
    'Members save 20% in 2025',
    'Group visit on 3/14 at 10:30',
    'Our group practice opens at 8:30',
    'Bring your insurance card to your 3/14 visit',
    'Policy changes effective 2025',
    'Plan ahead: flu shots 10/1-10/31',
    'Grupo de apoyo: jueves 6pm, salón 2',
    'Su seguro cubre 2 visitas al año',
  ],
);

test.run();
