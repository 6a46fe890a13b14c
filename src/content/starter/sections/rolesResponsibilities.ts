import type { StarterSection } from '../StarterContentTypes';

/** Policy section 2: who does what, from the governing board to parents and carers. */
export const rolesResponsibilitiesSection: StarterSection = {
  key: 'roles-responsibilities',
  title: 'Roles and responsibilities',
  summary:
    'Who is responsible for each part of online safety: the governing board and link governor, the headteacher, the designated safeguarding lead and deputies, the online-safety lead, the IT service provider, all staff, pupils and parents.',
  group: 'Policy',
  statements: [
    {
      key: 'roles-governors-strategic',
      text: 'The governing board has strategic responsibility for online safety at {{SchoolName}}. It makes sure this policy is in place and followed, that appropriate filtering and monitoring systems are in place, and that their effectiveness is reviewed.',
      guidance:
        'KCSIE and the DfE filtering and monitoring standards place strategic responsibility with the governing body or proprietor. In a trust, name the trust board or local governing body as your scheme of delegation sets out.',
      mandatory: true,
      settings: 'All',
      tags: ['roles', 'governors', 'filtering', 'monitoring']
    },
    {
      key: 'roles-link-governor',
      text: '{{LinkGovernor}} is the governor with named responsibility for online safety, including filtering and monitoring. They meet the designated safeguarding lead and the IT service provider at least once a year to review our arrangements and report back to the full board.',
      guidance:
        'The filtering and monitoring standards expect a named governor as well as a named senior leader. Once a year is the minimum; many boards ask their link governor to visit each term.',
      mandatory: true,
      settings: 'All',
      tags: ['roles', 'governors', 'filtering']
    },
    {
      key: 'roles-governors-annual-review',
      text: "Each year the governing board reviews the school's whole approach to online safety, using evidence such as incident records, the filtering and monitoring review, training records and the views of pupils and parents.",
      guidance:
        'KCSIE expects governors to review the online-safety approach every year. Minute the review so that the board can show what it looked at and what it asked leaders to change.',
      mandatory: true,
      settings: 'All',
      tags: ['roles', 'governors', 'review']
    },
    {
      key: 'roles-headteacher',
      text: 'The headteacher, {{HeadteacherName}}, is responsible for the safety of the school community online, for making sure this policy is put into practice, and for giving staff the time, training and resources they need to carry out their roles.',
      guidance:
        'Day-to-day responsibility stays with the headteacher even when tasks are delegated. The headteacher is also the person to whom concerns about other staff are reported.',
      mandatory: true,
      settings: 'All',
      tags: ['roles', 'headteacher']
    },
    {
      key: 'roles-senior-leader-filtering',
      text: 'A named senior leader is responsible for filtering and monitoring. They arrange for suitable systems to be bought and set up, keep a record of what is blocked or allowed and why, and make sure the systems are checked and reviewed.',
      guidance:
        'The DfE standards ask for a named member of the senior leadership team. Write their name and role into your version of this statement; in many schools it is the designated safeguarding lead or a deputy headteacher.',
      mandatory: true,
      settings: 'All',
      tags: ['roles', 'filtering', 'monitoring', 'leadership']
    },
    {
      key: 'roles-dsl-lead',
      text: '{{DSLName}}, as designated safeguarding lead, takes lead responsibility for safeguarding and child protection, including online safety and understanding the filtering and monitoring systems in place. Deputies support this work, but the lead responsibility stays with the designated safeguarding lead.',
      guidance:
        "KCSIE makes the designated safeguarding lead's responsibility for online safety explicit, including understanding filtering and monitoring. Tasks may be shared with deputies and the online-safety lead; the lead responsibility may not be handed over.",
      mandatory: true,
      settings: 'All',
      tags: ['roles', 'dsl', 'filtering', 'monitoring']
    },
    {
      key: 'roles-deputy-dsl',
      text: 'Our deputy designated safeguarding lead, {{DeputyDSLName}}, is trained to the same standard as the designated safeguarding lead and acts in their absence, so that a trained person is always available to hear a concern during the school day.',
      guidance:
        'KCSIE expects deputies to be trained to the same standard as the lead. Explain here how staff reach a trained person when none is on site, for example during residential trips or in split-site schools.',
      mandatory: false,
      settings: 'All',
      tags: ['roles', 'dsl']
    },
    {
      key: 'roles-online-safety-lead',
      text: 'Our online-safety lead, {{OnlineSafetyLead}}, coordinates online-safety teaching, keeps staff informed about new risks, helps the designated safeguarding lead to analyse incident records and leads the yearly review of this policy.',
      guidance:
        'Many schools have an online-safety lead alongside the designated safeguarding lead, often the computing or PSHE lead. If one person holds both roles, merge this statement with the one above.',
      mandatory: false,
      settings: 'All',
      tags: ['roles', 'online-safety-lead']
    },
    {
      key: 'roles-it-provider',
      text: '{{ITServiceProvider}} delivers our technical service. They run and maintain the filtering and monitoring systems, make changes agreed by the senior leader and the designated safeguarding lead, keep systems secure and up to date, and report any failure, misuse or attempt to get round the systems straight away.',
      guidance:
        'The standards expect the IT service to deliver and maintain the systems while safeguarding decisions stay with school leaders. Check that your contract or service level agreement says the same and sets response times.',
      mandatory: true,
      settings: 'All',
      tags: ['roles', 'it', 'filtering', 'monitoring']
    },
    {
      key: 'roles-all-staff',
      text: 'All staff read and follow this policy and the staff acceptable use agreement, model safe and respectful behaviour online, supervise pupils when they use technology, understand their part in filtering and monitoring, and report any online-safety concern to the designated safeguarding lead without delay.',
      guidance:
        'This is the core duty every adult signs up to. The word staff here includes supply staff, volunteers and contractors who work with pupils; KCSIE expects all of them to know their role in filtering and monitoring.',
      mandatory: true,
      settings: 'All',
      tags: ['roles', 'staff', 'reporting']
    },
    {
      key: 'roles-pupils',
      text: 'Pupils are expected, in ways that suit their age and understanding, to follow their acceptable use agreement, to treat others with respect online and to tell a trusted adult if something online worries them or someone else.',
      guidance:
        'Keep pupil responsibilities realistic for their age. For pupils with special educational needs and disabilities, the expectation may be supported with visual agreements or adult help.',
      mandatory: false,
      settings: 'All',
      tags: ['roles', 'pupils']
    },
    {
      key: 'roles-parents',
      text: 'Parents and carers are asked to support this policy, to talk with their children about their lives online, to follow our guidance on photographs at school events and to raise any concerns with the school through the usual routes.',
      guidance:
        'KCSIE expects schools to work with parents on online safety. The section on working with parents and carers sets out what the school offers in return.',
      mandatory: false,
      settings: 'All',
      tags: ['roles', 'parents']
    }
  ]
};
