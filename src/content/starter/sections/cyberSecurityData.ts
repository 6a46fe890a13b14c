import type { StarterSection } from '../StarterContentTypes';

/** Policy section 7: cyber security and data protection. */
export const cyberSecurityDataSection: StarterSection = {
  key: 'cyber-data',
  title: 'Cyber security and data protection',
  summary:
    'How the school protects its systems and the personal data it holds: accounts, passwords and multi-factor authentication, removable storage, updates and backups, and how breaches and cyber incidents are reported.',
  group: 'Policy',
  statements: [
    {
      key: 'cyber-standards',
      text: "We work to meet the Department for Education's cyber security standards for schools and colleges. With {{ITServiceProvider}}, we carry out a cyber risk assessment at least once a year and act on what it finds.",
      guidance:
        'The cyber security standards expect a yearly risk assessment. Share a summary with the link governor so that the board understands the main risks and the plan to reduce them.',
      mandatory: false,
      settings: 'All',
      tags: ['cyber', 'risk-assessment']
    },
    {
      key: 'cyber-aup-everyone',
      text: 'Everyone who is given access to our network or systems, including governors, supply staff, contractors and guests, agrees to the acceptable use agreement for their group before access is given.',
      guidance:
        'The cyber security standards expect everyone with network access to sign an acceptable use policy. Keep a record of signatures, or of acceptance through a log-in screen for guests.',
      mandatory: false,
      settings: 'All',
      tags: ['cyber', 'aup']
    },
    {
      key: 'cyber-mfa',
      text: 'Multi-factor authentication is switched on for every staff account that reaches cloud services such as email and file storage, and for every account with administrator rights.',
      guidance:
        'Multi-factor authentication is one of the most effective protections against stolen passwords, and the standards expect it for these accounts. Plan how staff without a work phone will receive their second factor.',
      mandatory: false,
      settings: 'All',
      tags: ['cyber', 'mfa', 'accounts']
    },
    {
      key: 'cyber-accounts',
      text: 'Each person has their own account, and accounts are never shared. Accounts and access rights are checked each term, and the accounts of people who leave are disabled promptly, normally on their last working day.',
      guidance:
        'The standards expect termly account reviews and prompt removal of leavers. Agree a leaver process with the school office and the IT service provider so that nobody is missed.',
      mandatory: false,
      settings: 'All',
      tags: ['cyber', 'accounts']
    },
    {
      key: 'cyber-passwords',
      text: 'Staff use strong, unique passwords or passphrases for school systems, never reuse them for personal accounts, never share them and lock their screen whenever they leave a device.',
      guidance:
        'Three random words is an easy pattern for staff to remember. If the school provides a password manager, name it here.',
      mandatory: false,
      settings: 'All',
      tags: ['cyber', 'accounts']
    },
    {
      key: 'cyber-usb',
      text: 'USB storage devices are blocked by default on school computers. Where there is a genuine need, a senior leader may approve an encrypted device issued by the school.',
      guidance:
        'The standards expect removable storage to be blocked by default because it spreads malware and loses data. Cloud storage on school accounts is usually a safer alternative.',
      mandatory: false,
      settings: 'All',
      tags: ['cyber', 'usb']
    },
    {
      key: 'cyber-updates-backups',
      text: 'School systems and devices are kept up to date with security updates and protected by anti-malware software. Important data is backed up regularly, at least one copy is kept separate from the school network, and restoring from backup is tested.',
      guidance:
        'A backup that is connected to the network can be encrypted by the same ransomware attack. Ask your IT service provider when a restore was last tested and record the answer in the yearly review.',
      mandatory: false,
      settings: 'All',
      tags: ['cyber', 'backups']
    },
    {
      key: 'cyber-data-protection',
      text: 'Personal data about pupils, families and staff is handled in line with UK data protection law and our data protection policy. Staff access only the data they need for their role, keep it on school systems and never move it to personal devices or accounts.',
      guidance:
        'This statement ties the online-safety policy to your data protection policy. Name your data protection officer in that policy, and make sure staff know how to reach them.',
      mandatory: true,
      settings: 'All',
      tags: ['data-protection']
    },
    {
      key: 'cyber-breach-reporting',
      text: "Staff report any suspected data breach or cyber incident immediately to the data protection officer and the headteacher. Where a personal data breach is likely to put people's rights and freedoms at risk, the school reports it to the Information Commissioner's Office within 72 hours of becoming aware of it.",
      guidance:
        'The 72 hours run from the moment the school becomes aware of the breach, including weekends and holidays. Record every breach, including those not reported to the ICO, with the reasons for the decision.',
      mandatory: true,
      settings: 'All',
      tags: ['data-protection', 'cyber', 'incidents']
    },
    {
      key: 'cyber-incident-routes',
      text: "Cyber incidents are also reported, as appropriate, to our risk protection arrangement or insurer, to Report Fraud, to the Department for Education's sector cyber team and, for serious incidents, to the National Cyber Security Centre.",
      guidance:
        'Keep the reporting routes in your cyber response plan, with a paper or offline copy, because a serious attack may take email and files down. Check which of these routes apply to your school type.',
      mandatory: false,
      settings: 'All',
      tags: ['cyber', 'incidents']
    },
    {
      key: 'cyber-phishing',
      text: 'Staff treat unexpected emails, links and attachments with caution. They confirm any request to change bank details or to share data with the sender by another route before acting, and report suspected phishing to {{ITServiceProvider}}.',
      guidance:
        'Payment-diversion fraud is a common and costly attack on schools. KCSIE also suggests reporting phishing to the Anti-Phishing Working Group.',
      mandatory: false,
      settings: 'All',
      tags: ['cyber', 'phishing', 'commerce']
    },
    {
      key: 'cyber-response-plan',
      text: 'We keep a cyber incident response plan, with offline copies of key contacts and steps, and rehearse it so that teaching and safeguarding can carry on if our systems are unavailable.',
      guidance:
        'A tabletop exercise with senior leaders and the IT service provider takes about an hour and shows gaps quickly. Plan in particular how you would reach the safeguarding records if systems were down.',
      mandatory: false,
      settings: 'All',
      tags: ['cyber', 'incidents', 'planning']
    }
  ]
};
