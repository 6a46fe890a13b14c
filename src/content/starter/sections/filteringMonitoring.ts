import type { StarterSection } from '../StarterContentTypes';

/** Policy section 6: filtering and monitoring, following the DfE standards. */
export const filteringMonitoringSection: StarterSection = {
  key: 'filter-monitoring',
  title: 'Filtering and monitoring',
  summary:
    'How the school meets the DfE filtering and monitoring standards: who is responsible, how the systems are reviewed, what filtering must do on and off site, and how monitoring is carried out and acted on.',
  group: 'Policy',
  statements: [
    {
      key: 'filter-standards',
      text: "{{SchoolName}} follows the Department for Education's filtering and monitoring standards. Our systems are designed to protect pupils from harmful and inappropriate content without unreasonably getting in the way of teaching and learning.",
      guidance:
        'This is the balance the standards ask for: protection without over-blocking. Leaders should be able to explain how they have struck it, for example by showing how teachers request a site to be unblocked.',
      mandatory: true,
      settings: 'All',
      tags: ['filtering', 'monitoring']
    },
    {
      key: 'filter-roles',
      text: 'Responsibility is shared. The governing board holds strategic responsibility; a named senior leader and our link governor, {{LinkGovernor}}, make sure the standards are met; the designated safeguarding lead leads on the safeguarding side; and {{ITServiceProvider}} runs the technical service.',
      guidance:
        'The standards expect each of these roles to be named and understood. The filtering and monitoring review record is a good place to note who holds each role this year.',
      mandatory: true,
      settings: 'All',
      tags: ['filtering', 'monitoring', 'roles', 'governors']
    },
    {
      key: 'filter-annual-review',
      text: 'Filtering and monitoring are reviewed at least once every academic year by senior leaders, the designated safeguarding lead, the IT service provider and the link governor together. The review, its findings and the actions agreed are written down.',
      guidance:
        'The standards expect a recorded review at least once each academic year, and the consultation on KCSIE 2026 set the same expectation for governors. The DfE service Plan technology for your school can help structure the review.',
      mandatory: true,
      settings: 'All',
      tags: ['filtering', 'monitoring', 'review', 'governors']
    },
    {
      key: 'filter-review-triggers',
      text: 'We also review our filtering and monitoring whenever something significant changes: a new safeguarding risk is identified, the way pupils learn changes (for example remote access or pupils using their own devices), new technology is introduced or we change system or provider.',
      guidance:
        'The standards name these triggers for a review outside the yearly cycle. A short note in the review record is enough when a change is small.',
      mandatory: false,
      settings: 'All',
      tags: ['filtering', 'monitoring', 'review']
    },
    {
      key: 'filter-provider-iwf-ctiru',
      text: 'Our filtering provider is a member of the Internet Watch Foundation and blocks the list of unlawful terrorist content maintained by the police Counter Terrorism Internet Referral Unit. These protections are always on and cannot be switched off.',
      guidance:
        'These are baseline requirements in the standards. Ask your provider to confirm both points in writing each year and keep the confirmation with the review record.',
      mandatory: true,
      settings: 'All',
      tags: ['filtering', 'iwf', 'prevent']
    },
    {
      key: 'filter-profiles',
      text: 'Filtering uses separate profiles for pupils and staff at the least, and can apply different settings for different age groups. Requests to block or allow a site go to the designated safeguarding lead, are approved by the senior leader responsible and are recorded with the reason.',
      guidance:
        'The standards expect leaders to know what is blocked or allowed and why. A simple change log with the date, the site, the decision, the reason and who approved it meets this.',
      mandatory: false,
      settings: 'All',
      tags: ['filtering', 'profiles']
    },
    {
      key: 'filter-coverage',
      text: 'Filtering applies to school-owned devices on and off the school site, to personal devices connected to our network and to our guest wifi. It recognises misspellings and content in other languages, and blocks virtual private networks (VPNs), proxies and other tools designed to get round it.',
      guidance:
        'Ask your provider how devices taken home are filtered (for example through software on the device) and test it. Pupils using their own mobile data are outside school filtering, which is one reason the phone policy matters.',
      mandatory: true,
      settings: 'All',
      tags: ['filtering', 'byod', 'off-site']
    },
    {
      key: 'filter-safe-search',
      text: 'Safe search is enforced on search engines, and restricted modes are applied to video and image services wherever the service allows it.',
      guidance:
        'The standards expect safe search to be enforced. Image search and video platforms are common routes to harmful content, so test them as part of the yearly review.',
      mandatory: false,
      settings: 'All',
      tags: ['filtering', 'safe-search']
    },
    {
      key: 'filter-logging',
      text: 'Filtering logs record the device, the user, the time and the search term or web address for each blocked attempt, so that concerns can be followed up and patterns spotted.',
      guidance:
        'Logs that identify the user are what allow the designated safeguarding lead to act. Agree with your provider how long logs are kept and who can see them, and reflect this in your privacy notice.',
      mandatory: false,
      settings: 'All',
      tags: ['filtering', 'logging', 'data-protection']
    },
    {
      key: 'filter-monitoring-approach',
      text: 'Monitoring combines adults supervising pupils in person with technical monitoring chosen to match our risk assessment. The designated safeguarding lead receives monitoring alerts and reports, acts on them promptly and records what was done.',
      guidance:
        'The standards leave the type of technical monitoring to the school, based on risk. Whatever you choose, make sure alerts reach a trained person quickly, including during holidays if devices go home.',
      mandatory: true,
      settings: 'All',
      tags: ['monitoring', 'dsl']
    },
    {
      key: 'filter-users-told',
      text: 'Everyone who uses our systems is told that their use is filtered and monitored, through their acceptable use agreement, log-in messages and, for pupils, their lessons.',
      guidance:
        'The standards expect users to be told about monitoring, and being open about it also supports data protection compliance. Each acceptable use agreement in this bank includes a line on it.',
      mandatory: true,
      settings: 'All',
      tags: ['monitoring', 'aup']
    },
    {
      key: 'filter-report-problems',
      text: 'Staff and pupils tell the designated safeguarding lead at once if they see harmful content get through or find a way round the filtering. Technical faults and wrongly blocked sites are reported to {{ITServiceProvider}} through the usual route.',
      guidance:
        'Quick reporting is how gaps are closed. Make the route easy, for example a form or a named email address, and check at the yearly review how many reports were made and resolved.',
      mandatory: false,
      settings: 'All',
      tags: ['filtering', 'reporting']
    }
  ]
};
