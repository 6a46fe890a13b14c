import type { StarterSection } from '../StarterContentTypes';

/** Policy section 13: how staff and the DSL respond to online-safety incidents. */
export const respondingToIncidentsSection: StarterSection = {
  key: 'incident-response',
  title: 'Responding to incidents',
  summary:
    'What staff do when they have an online-safety concern, and how the designated safeguarding lead responds to the sharing of nudes and semi-nudes, sextortion, online bullying and harassment, radicalisation, illegal content and concerns about adults.',
  group: 'Policy',
  statements: [
    {
      key: 'incident-report-to-dsl',
      text: "Any member of staff with an online-safety concern about a pupil tells the designated safeguarding lead, {{DSLName}}, or a deputy without delay and records it on the school's safeguarding system. If a child is in immediate danger, anyone may call the police on 999.",
      guidance:
        'This is the core reporting duty from KCSIE. The incident flowchart in the appendix gives staff the first steps for each type of concern; keep it on the staffroom wall and in the staff handbook.',
      mandatory: true,
      settings: 'All',
      tags: ['incidents', 'reporting', 'dsl']
    },
    {
      key: 'incident-nudes-never-view',
      text: 'Staff never view, copy, print, share, store or save a nude or semi-nude image of a child, and never ask a child to send or show them one. If they see one by accident, they tell the designated safeguarding lead at once and do not try to deal with it themselves.',
      guidance:
        'This follows the UK Council for Internet Safety advice on sharing nudes and semi-nudes. Viewing or copying such an image can itself be an offence, so this statement protects staff as well as pupils.',
      mandatory: true,
      settings: 'All',
      tags: ['incidents', 'nudes', 'conduct']
    },
    {
      key: 'incident-nudes-dsl-response',
      text: 'The designated safeguarding lead responds to any report of nudes or semi-nudes in line with the UK Council for Internet Safety guidance. If an adult is involved, it is treated as child sexual abuse and reported to the police. The designated safeguarding lead views an image only in exceptional circumstances and records the reason.',
      guidance:
        'The UKCIS guidance is written for designated safeguarding leads; make sure they have read the current edition. Images made or altered with AI are handled in the same way as other images.',
      mandatory: true,
      settings: 'All',
      tags: ['incidents', 'nudes', 'dsl']
    },
    {
      key: 'incident-nudes-referral',
      text: "The designated safeguarding lead refers to the police and, where appropriate, children's social care at once when there is cause for serious concern: for example, an adult is involved; there are signs of coercion, blackmail or grooming, or doubt about consent; the acts shown are unusual for the child's stage of development or are violent; a child involved is under 13; or a child is at immediate risk of harm. Otherwise the designated safeguarding lead may manage the matter in school, normally involving parents unless that would put a child at risk.",
      guidance:
        'Check against the current UKCIS guidance on sharing nudes and semi-nudes before publishing: the list of immediate-referral triggers here follows our reading of it and must match the published wording. Local safeguarding partners may add their own expectations.',
      mandatory: true,
      settings: 'All',
      tags: ['incidents', 'nudes', 'dsl', 'referral'],
      checkAgainstGuidance: true
    },
    {
      key: 'incident-report-remove',
      text: "Pupils are told about Childline's Report Remove tool and the Take It Down service, which help young people get nude or semi-nude images of themselves removed from the internet.",
      guidance:
        'Report Remove is run by Childline with the Internet Watch Foundation for under-18s in the UK. Knowing these tools exist can reduce panic when something has already been shared.',
      mandatory: false,
      settings: ['Primary', 'Secondary', 'Special', 'Post16'],
      tags: ['incidents', 'nudes', 'support']
    },
    {
      key: 'incident-sextortion',
      text: 'If a pupil is being threatened or blackmailed with an image (sometimes called sextortion), staff reassure them that it is not their fault and that they were right to tell. The pupil is advised not to pay or send anything more and not to delete the messages, and the concern goes to the designated safeguarding lead at once, who contacts the police.',
      guidance:
        'Sextortion can escalate within hours and is sometimes run by organised criminals for money. Calm, practical advice matters most; the pupil may also report through CEOP via its online reporting form.',
      mandatory: true,
      settings: ['Primary', 'Secondary', 'Special', 'Post16'],
      tags: ['incidents', 'nudes', 'sextortion', 'contact']
    },
    {
      key: 'incident-bullying-harassment',
      text: 'Online bullying and harassment between pupils is dealt with under our anti-bullying and behaviour policies. Where it amounts to child-on-child abuse, including sexual harassment or the sharing of intimate or AI-generated images, it is also a safeguarding matter for the designated safeguarding lead.',
      guidance:
        'Online bullying rarely stays online. Make sure both policies say that incidents outside school can be acted on where they affect pupils in school, and that victims are supported whatever the outcome.',
      mandatory: false,
      settings: 'All',
      tags: ['incidents', 'bullying', 'conduct']
    },
    {
      key: 'incident-prevent',
      text: 'Concerns that a pupil may be at risk of radicalisation, including through online content or contacts, are passed to the designated safeguarding lead. They decide whether to seek advice or make a Prevent referral, which may lead to support through Channel.',
      guidance:
        'Schools have a duty under section 26 of the Counter-Terrorism and Security Act 2015 to have due regard to preventing people from being drawn into terrorism. Check your referral route against the current Prevent guidance and local arrangements.',
      mandatory: true,
      settings: 'All',
      tags: ['incidents', 'prevent', 'radicalisation', 'content']
    },
    {
      key: 'incident-illegal-content',
      text: 'If staff come across content that may be illegal, such as child sexual abuse material or terrorist content, they do not investigate, copy or forward it. They secure the device without changing anything on it and tell the designated safeguarding lead, who reports it to the police and, for child sexual abuse images found online, to the Internet Watch Foundation.',
      guidance:
        'Forwarding illegal material, even to a colleague or to report it, can be an offence. The IWF takes reports of child sexual abuse imagery online through its own reporting page.',
      mandatory: true,
      settings: 'All',
      tags: ['incidents', 'illegal-content', 'iwf', 'content']
    },
    {
      key: 'incident-staff-allegations',
      text: 'Any concern that a member of staff, volunteer or contractor has behaved online in a way that may harm children is reported to the headteacher, or to the chair of governors, {{ChairOfGovernors}}, if it is about the headteacher. They consult the local authority designated officer (LADO) in line with our procedures for allegations against staff.',
      guidance:
        'KCSIE sets out how allegations and low-level concerns about adults are handled. Online conduct, such as private messaging with a pupil, is a common source of both.',
      mandatory: true,
      settings: 'All',
      tags: ['incidents', 'staff', 'allegations', 'lado']
    },
    {
      key: 'incident-recording',
      text: 'Every online-safety incident and the action taken is recorded. The designated safeguarding lead and the online-safety lead review the records regularly to spot patterns and to shape training, teaching and filtering.',
      guidance:
        'Categorising incidents using the 4 Cs makes trends easier to see. Give governors a summary of numbers and types, never details that could identify a pupil.',
      mandatory: true,
      settings: 'All',
      tags: ['incidents', 'records', 'review']
    },
    {
      key: 'incident-support',
      text: "Everyone affected by an incident is offered support, including pupils who have harmed others, and we think about each pupil's wellbeing as well as about behaviour and sanctions.",
      guidance:
        'Pupils who harm others online are often at risk themselves. Consider referral to early help or specialist services where behaviour is harmful or repeated.',
      mandatory: false,
      settings: 'All',
      tags: ['incidents', 'support', 'wellbeing']
    }
  ]
};
