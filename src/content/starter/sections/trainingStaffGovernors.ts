import type { StarterSection } from '../StarterContentTypes';

/** Policy section 5: online-safety training for staff, governors and volunteers. */
export const trainingStaffGovernorsSection: StarterSection = {
  key: 'train-staff-governors',
  title: 'Training for staff, governors and volunteers',
  summary:
    'The online-safety training each group receives, when they receive it and how it is recorded, including filtering and monitoring, nudes and semi-nudes, and cyber security.',
  group: 'Policy',
  statements: [
    {
      key: 'train-induction',
      text: 'All staff at {{SchoolName}}, including supply staff and volunteers who work with pupils, receive online-safety training at induction as part of their safeguarding training. It covers our expectations, their role in filtering and monitoring, and how to report a concern.',
      guidance:
        'KCSIE expects induction training to include online safety and the expectations, roles and responsibilities around filtering and monitoring. Keep a dated record for every new starter.',
      mandatory: true,
      settings: 'All',
      tags: ['training', 'staff', 'filtering', 'monitoring']
    },
    {
      key: 'train-annual-update',
      text: 'All staff receive safeguarding and child protection updates, including online safety, at least once a year, with shorter briefings in between whenever a new risk or change in guidance needs to be shared.',
      guidance:
        'KCSIE expects updates at least annually. Short briefings on a specific risk, such as a new app or a rise in sextortion, count as long as they are recorded.',
      mandatory: true,
      settings: 'All',
      tags: ['training', 'staff']
    },
    {
      key: 'train-governors',
      text: 'Governors receive safeguarding and online-safety training at induction and at regular intervals afterwards, so that they can support and challenge leaders on filtering, monitoring and the wider online-safety approach.',
      guidance:
        'KCSIE expects governors to be trained at induction and regularly thereafter. Record dates in the governor training log so that the board can evidence it.',
      mandatory: true,
      settings: 'All',
      tags: ['training', 'governors']
    },
    {
      key: 'train-dsl',
      text: 'The designated safeguarding lead, {{DSLName}}, and deputies complete formal safeguarding training at least every two years and refresh their knowledge regularly in between, including on online risks, filtering and monitoring, and responding to the sharing of nudes and semi-nudes.',
      guidance:
        'KCSIE sets a two-yearly cycle for formal training of the designated safeguarding lead and deputies, with updates at least annually. Local safeguarding partners and the local authority often run suitable courses.',
      mandatory: true,
      settings: 'All',
      tags: ['training', 'dsl']
    },
    {
      key: 'train-nudes-overview',
      text: 'All staff are given the UK Council for Internet Safety one-page overview on responding to the sharing of nudes and semi-nudes, so that they know never to view, copy or share an image and to go straight to the designated safeguarding lead.',
      guidance:
        'UKCIS publishes full guidance for designated safeguarding leads and a one-page overview for all staff. Share the overview at induction and again at the annual update.',
      mandatory: true,
      settings: 'All',
      tags: ['training', 'nudes', 'staff']
    },
    {
      key: 'train-filtering-role',
      text: 'Training explains what our filtering blocks, what our monitoring records and who sees it, what staff should do if harmful content gets through or a useful site is blocked, and that their own use of school systems is monitored.',
      guidance:
        'Staff cannot play their part in filtering and monitoring if they do not know how it works. Ask your IT service provider for a short plain-English description to use in training.',
      mandatory: false,
      settings: 'All',
      tags: ['training', 'filtering', 'monitoring']
    },
    {
      key: 'train-cyber',
      text: 'All staff, and at least one governor, complete cyber security training every year, covering phishing, passwords, multi-factor authentication and how to report a suspected attack.',
      guidance:
        'The DfE cyber security standards expect yearly training for staff with access to school systems and for at least one governor. The National Cyber Security Centre offers free training designed for school staff.',
      mandatory: false,
      settings: 'All',
      tags: ['training', 'cyber', 'governors']
    },
    {
      key: 'train-volunteers-contractors',
      text: 'Volunteers, students on placement and contractors who work with pupils receive a briefing suited to their role before they start, covering our rules on phones, photographs and contact with pupils and how to report a concern.',
      guidance:
        'A short briefing and a signed visitor or volunteer agreement is usually enough for occasional helpers. Regular volunteers should receive the same induction as staff.',
      mandatory: false,
      settings: 'All',
      tags: ['training', 'volunteers']
    },
    {
      key: 'train-needs-led',
      text: 'The online-safety lead, {{OnlineSafetyLead}}, plans training from what we see in school: incident records, monitoring reports, staff questions and changes in national guidance, so that training addresses the risks our pupils actually meet.',
      guidance:
        'Training that responds to local patterns is more useful than a generic annual slideshow. Governors can ask to see how training content was chosen.',
      mandatory: false,
      settings: 'All',
      tags: ['training', 'planning']
    },
    {
      key: 'train-records',
      text: 'A record is kept of all online-safety training completed by staff and governors, showing the date, the content and who attended, and it is checked as part of the yearly review of this policy.',
      guidance:
        'Inspectors and auditors often ask for training records. Keeping them in one place, such as your HR or safeguarding recording system, makes them easy to produce.',
      mandatory: false,
      settings: 'All',
      tags: ['training', 'records']
    },
    {
      // New in 2026.2.
      key: 'train-emerging-harms',
      text: 'Training for all staff and governors covers the harms that have grown fastest: intimate images made or altered with AI, sextortion (threatening to share an image unless a child pays or sends more), misogynistic influencers, and AI chatbots and companion apps, so that staff recognise them and know how to respond.',
      guidance:
        'The draft of KCSIE 2026 places AI-generated intimate images within child-on-child abuse and adds misogyny; the UKCIS advice on sharing nudes and semi-nudes was updated to cover AI-generated images and financially motivated sextortion. Use short, recent examples from your own incident records where you can.',
      mandatory: false,
      settings: 'All',
      tags: ['training', 'ai', 'nudes', 'sextortion', 'misogyny'],
      references: [
        { document: 'kcsie', part: 'Part two: staff and governor training' },
        { document: 'ukcis-sharing-nudes', part: 'AI-generated images' }
      ],
      topics: ['staff-governor-training', 'deepfakes-sextortion', 'misogyny'],
      reliability: 'Secondary'
    }
  ]
};
