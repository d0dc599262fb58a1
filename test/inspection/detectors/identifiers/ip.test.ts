import { test } from 'uvu';
import { ipDetector } from '../../../../src/inspection/detectors/identifiers/ip.js';
import { detectorTable } from './table.js';

detectorTable(
  ipDetector,
  [
    ['Login from 192.168.1.20 today', '192.168.1.20'],
    ['IP 8.8.8.8.', '8.8.8.8'],
    ['device at 255.255.255.0', '255.255.255.0'],
    ['v6 2001:db8::1 seen', '2001:db8::1'],
    ['full 2001:0db8:85a3:0000:0000:8a2e:0370:7334', '2001:0db8:85a3:0000:0000:8a2e:0370:7334'],
    ['mapped ::ffff:192.0.2.128', '::ffff:192.0.2.128'],
    ['fe80::1ff:fe23:4567:890a%eth0', 'fe80::1ff:fe23:4567:890a'],
    ['New sign-in from 26O1:4fl:9d3:81f::3bdO. Not you?', '26O1:4fl:9d3:81f::3bdO'],
    ['Home hub for Mr. Ng last seen at 10.4.8.22', '10.4.8.22'],
  ],
  [
    'App v1.2.3.4 is out',
    'Version 10.4.2.1 fixes login',
    'Call 555.123.4567',
    'Dates 3.14.2025',
    'Office hours 10:30:00 to 17:00:00',
    'Ratio 1:2:3:4:5:6',
    'Not an address 999.1.1.1',
    'Section 1.2.3.4.5',
    'Time 12::30',
    'IT notice: server 10.20.0.15 (PACS) rebooting at 0300.',
    'VPN gateway moved to 172.16.40.1. Update your client by Friday.',
    'DNS change: use 10.1.1.53 starting Monday',
    'cool:lol::',
  ],
);

test.run();
