import type { StarterSection } from '../StarterContentTypes';

/** AUP for staff, supply staff, volunteers and students on placement. */
export const aupStaffVolunteersSection: StarterSection = {
  key: 'aup-staff-volunteers',
  title: 'Acceptable use agreement: staff and volunteers',
  summary:
    'First-person commitments for everyone who works or volunteers at the school, including supply staff and students on placement: contact with pupils, social media, data and accounts, images, AI and reporting concerns.',
  group: 'Aup',
  audience: 'StaffVolunteers',
  statements: [
    {
      key: 'aup-staff-volunteers-read-policy',
      text: 'I have read the online-safety policy and the staff code of conduct of {{SchoolName}}. I will follow them and ask if anything is unclear.',
      guidance:
        'Staff sign this agreement at induction and confirm it each year. Supply staff and occasional volunteers can sign a shorter version covering the lines marked mandatory.',
      mandatory: true,
      settings: 'All',
      tags: ['aup', 'staff']
    },
    {
      key: 'aup-staff-volunteers-school-channels',
      text: 'I will contact pupils and their families only through school systems and accounts. I will not use my personal phone, email, messaging apps or social media to contact pupils.',
      guidance:
        'This is the single most important boundary in the staff agreement. Any exception, such as on a residential trip, must be agreed in advance.',
      mandatory: true,
      settings: 'All',
      tags: ['aup', 'staff', 'contact', 'social-media']
    },
    {
      key: 'aup-staff-volunteers-no-connections',
      text: 'I will not send or accept friend or follow requests to or from pupils, and I will tell the designated safeguarding lead if a pupil tries to contact me privately.',
      guidance:
        'Telling the designated safeguarding lead protects the adult as well as the pupil. The policy sets out the position on former pupils.',
      mandatory: true,
      settings: 'All',
      tags: ['aup', 'staff', 'social-media']
    },
    {
      key: 'aup-staff-volunteers-personal-social',
      text: 'I will keep my personal social media private and professional. I will not post about pupils, families or confidential school matters.',
      guidance:
        'Remind staff that screenshots travel, whatever their privacy settings. Link to the staff code of conduct.',
      mandatory: false,
      settings: 'All',
      tags: ['aup', 'staff', 'social-media']
    },
    {
      key: 'aup-staff-volunteers-images',
      text: 'I will take, store and share images of pupils only on school devices and systems, and only where consent for that use has been recorded.',
      guidance:
        'Personal phones must not hold images of pupils. In early years settings, personal devices are also kept out of rooms where children are present.',
      mandatory: true,
      settings: 'All',
      tags: ['aup', 'staff', 'images']
    },
    {
      key: 'aup-staff-volunteers-data-accounts',
      text: 'I will protect personal data and my accounts. I will use multi-factor authentication, keep my passwords private, lock my screen when I leave it and never move school data to personal devices or accounts.',
      guidance:
        'These are the habits the cyber security standards rely on. Adjust the line if your school uses a password manager or single sign-on.',
      mandatory: true,
      settings: 'All',
      tags: ['aup', 'staff', 'cyber', 'data-protection']
    },
    {
      key: 'aup-staff-volunteers-usb',
      text: 'I will not use USB memory sticks or other removable storage unless the school has given me an approved encrypted device.',
      guidance:
        'Removable storage is blocked by default under the cyber security standards. Explain the approved alternative, usually school cloud storage.',
      mandatory: false,
      settings: 'All',
      tags: ['aup', 'staff', 'cyber', 'usb']
    },
    {
      key: 'aup-staff-volunteers-ai',
      text: 'I will not put personal or sensitive information about pupils, families or colleagues into any AI tool the school has not approved for that purpose, and I will check anything AI produces before I use it.',
      guidance:
        'Staff may use AI tools at home that would not be approved at school. This line makes the boundary clear without banning useful tools.',
      mandatory: true,
      settings: 'All',
      tags: ['aup', 'staff', 'ai', 'data-protection']
    },
    {
      key: 'aup-staff-volunteers-monitored',
      text: 'I understand that my use of school devices, systems and networks is filtered and monitored, and that misuse may lead to disciplinary action.',
      guidance:
        'The DfE standards expect all users to be told that they are monitored. Check that the wording matches your disciplinary policy.',
      mandatory: true,
      settings: 'All',
      tags: ['aup', 'staff', 'monitoring', 'filtering']
    },
    {
      key: 'aup-staff-volunteers-no-bypass',
      text: "I will not try to get round the school's filtering or security, and I will report straight away any harmful content that gets through or any security problem I notice.",
      guidance:
        'Staff reports are an important check that filtering is working. Give the route for reporting technical problems to the IT service provider.',
      mandatory: false,
      settings: 'All',
      tags: ['aup', 'staff', 'filtering', 'reporting']
    },
    {
      key: 'aup-staff-volunteers-phone',
      text: "I will keep my personal phone and smart watch out of use in front of pupils, in line with the school's phone policy, except in an emergency.",
      guidance:
        'The updated DfE guidance on phones asks staff not to use personal phones in front of pupils. Say where staff may use their phones during breaks.',
      mandatory: false,
      settings: 'All',
      tags: ['aup', 'staff', 'phones']
    },
    {
      key: 'aup-staff-volunteers-report-concerns',
      text: 'I will report any online-safety concern about a pupil to the designated safeguarding lead, {{DSLName}}, or a deputy at once, and any concern about the conduct of an adult to the headteacher, {{HeadteacherName}}.',
      guidance:
        'Reporting duties come from KCSIE. The incident flowchart sets out what to do in each type of case.',
      mandatory: true,
      settings: 'All',
      tags: ['aup', 'staff', 'reporting', 'dsl']
    },
    {
      key: 'aup-staff-volunteers-breaches',
      text: 'I will report a lost device, a suspected data breach or a phishing email at once to {{ITServiceProvider}} and the data protection officer.',
      guidance:
        'Speed matters: personal data breaches that must be reported go to the ICO within 72 hours. Make sure staff know how to reach the data protection officer.',
      mandatory: false,
      settings: 'All',
      tags: ['aup', 'staff', 'data-protection', 'cyber']
    }
  ]
};
