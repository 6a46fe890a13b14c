import type { StarterSection } from '../StarterContentTypes';

/** Policy section 16: how the policy is monitored and reviewed, and what the appendices hold. */
export const monitoringReviewSection: StarterSection = {
  key: 'review-monitoring',
  title: 'Monitoring, review and appendices',
  summary:
    'How the school checks that the policy works, who reviews it and when, how governors are kept informed, and the documents attached to it.',
  group: 'Policy',
  statements: [
    {
      key: 'review-annual',
      text: 'This policy is reviewed at least once a year, and sooner if national guidance changes, new technology brings new risks or an incident shows that something needs to change. The next review is due by {{ReviewDate}}.',
      guidance:
        'KCSIE expects the online-safety approach to be reviewed each year. The review date is filled in from the document; set it before the start of the academic year so that updated guidance can be included.',
      mandatory: true,
      settings: 'All',
      tags: ['review']
    },
    {
      key: 'review-who',
      text: 'The review is led by our online-safety lead, {{OnlineSafetyLead}}, with the designated safeguarding lead, {{DSLName}}, the link governor, {{LinkGovernor}}, and {{ITServiceProvider}}. The updated policy is approved by the governing board.',
      guidance:
        'Bringing the same people together as for the filtering and monitoring review saves time. Some schools review both at one meeting.',
      mandatory: false,
      settings: 'All',
      tags: ['review', 'roles', 'governors']
    },
    {
      key: 'review-evidence',
      text: 'The review draws on incident records, filtering and monitoring reports, the yearly filtering and monitoring review, training records, and the views of pupils, parents and staff.',
      guidance:
        'Evidence turns the review from a proofread into a real check. Keep a short note of what was looked at and what changed as a result.',
      mandatory: false,
      settings: 'All',
      tags: ['review', 'evidence']
    },
    {
      key: 'review-pupil-voice',
      text: 'We ask pupils about their lives online, for example through surveys, the school council or digital leaders, and use what they tell us to shape this policy and our teaching.',
      guidance:
        'Pupils are often the first to know about new apps and trends. Anonymous surveys tend to produce more honest answers about what pupils actually do online.',
      mandatory: false,
      settings: ['Primary', 'Secondary', 'Special', 'Post16'],
      tags: ['review', 'pupil-voice']
    },
    {
      key: 'review-report-to-governors',
      text: 'The headteacher, {{HeadteacherName}}, reports to the governing board at least once a year on online safety, including the number and types of incidents, the outcome of the filtering and monitoring review and the training completed.',
      guidance:
        'A yearly report lets the board carry out its own review of the online-safety approach. Present incident data in categories, such as the 4 Cs, without details that could identify anyone.',
      mandatory: true,
      settings: 'All',
      tags: ['review', 'governors', 'reporting']
    },
    {
      key: 'review-self-review-tools',
      text: "We use recognised self-review tools, such as the Department for Education's Plan technology for your school service, to check our practice against the national standards and to plan improvements.",
      guidance:
        'KCSIE points schools to the Plan technology for your school service. Other self-review tools are available; name the one you use.',
      mandatory: false,
      settings: 'All',
      tags: ['review', 'self-review']
    },
    {
      key: 'review-local-authority',
      text: 'We take account of advice and updates from the e-Safety officer of {{LocalAuthority}} and from our local safeguarding partners when we review this policy.',
      guidance:
        'Updates to this statement bank are published by the local authority e-Safety officer. Check for new or changed statements before each review.',
      mandatory: false,
      settings: 'All',
      tags: ['review', 'local-authority']
    },
    {
      key: 'review-communication',
      text: 'Staff, pupils and parents are told about significant changes to this policy, and the current version is always available on our website and in the staff shared area.',
      guidance:
        'Tell staff what changed, not only that the policy changed. A one-page summary of changes at the start of the year works well.',
      mandatory: false,
      settings: 'All',
      tags: ['review', 'communication']
    },
    {
      key: 'review-inspection',
      text: "Leaders make sure this policy, its review record and evidence of how it is used can be shown to inspectors, who judge whether the school's safeguarding arrangements meet requirements.",
      guidance:
        'Under the renewed Ofsted framework, safeguarding is reported as met or not met. Inspectors are likely to ask staff and pupils how they would report an online concern, so practise this as well as the paperwork.',
      mandatory: false,
      settings: 'All',
      tags: ['review', 'inspection']
    },
    {
      key: 'review-appendices',
      text: 'The appendices to this policy are: the acceptable use agreements for each group; the incident flowchart; the filtering and monitoring review record; the photograph and video consent form; and the social media and technology risk assessment.',
      guidance:
        'Each appendix is available in this bank or its resources library. Remove any you keep elsewhere and say where they can be found instead.',
      mandatory: false,
      settings: 'All',
      tags: ['review', 'appendices']
    },
    {
      // New in 2026.2.
      key: 'review-watch-list',
      text: 'At each review we check for changes in law and national guidance that were expected but not settled when this policy was written, such as limits on social media for under-16s, whether the guidance on mobile phones becomes statutory, and the final text of each new edition of Keeping children safe in education.',
      guidance:
        'None of these was settled when this statement was written. Check each against gov.uk before each release, and update the statements they affect rather than this one.',
      mandatory: false,
      settings: 'All',
      tags: ['review', 'guidance'],
      references: [{ document: 'kcsie' }, { document: 'mobile-phones' }],
      topics: ['policy-review'],
      reliability: 'Unverified'
    }
  ]
};
