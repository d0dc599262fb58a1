import { test } from 'uvu';
import { accountDetector } from '../../../../src/inspection/detectors/identifiers/account.js';
import { detectorTable } from './table.js';

detectorTable(
  accountDetector,
  [
    ['Payment posted to acct # 00412-8831.', '00412-8831'],
    ['Account ending in 4821 was charged', '4821'],
    ['Account ending in 1962 was charged', '1962'],
    ['Patient account number 33129904', '33129904'],
    ['a/c 3312990', '3312990'],
    ['Billing account: HB-2291034', 'HB-2291034'],
    ['Routing number 021000021', '021000021'],
  ],
  [
    'Log in to your account at 10:30',
    'Your account balance is $45.20',
    'Account updates for 3/14',
    'Create an account at https://clinic.org/join',
    'According to 2024 guidance',
  ],
);

test.run();
