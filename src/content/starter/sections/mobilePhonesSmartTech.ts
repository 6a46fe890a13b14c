import type { StarterSection } from '../StarterContentTypes';

/** Policy section 8: mobile phones and smart technology, for pupils and staff, by phase. */
export const mobilePhonesSmartTechSection: StarterSection = {
  key: 'phones-smart-tech',
  title: 'Mobile phones and smart technology',
  summary:
    "How the school keeps the school day phone-free, how it stores devices in each phase, the exceptions it allows, and the rules for staff, visitors and older students' own devices.",
  group: 'Policy',
  statements: [
    {
      key: 'phones-phone-free-day',
      text: '{{SchoolName}} is a phone-free school. Pupils do not use mobile phones, smart watches or other personal smart devices at any time from arrival to departure, including at break and lunchtime.',
      guidance:
        'DfE guidance asks schools to prohibit phone use throughout the school day, including breaks, and was strengthened in early 2026 to make phone-free the default. The guidance is not statutory, but inspectors may look at how the policy works in practice.',
      mandatory: false,
      settings: ['Primary', 'Secondary', 'Special'],
      tags: ['phones', 'pupils']
    },
    {
      key: 'phones-primary-handed-in',
      text: 'Pupils who need a phone for travelling to or from school on their own hand it in, switched off, to the class teacher or school office on arrival and collect it at the end of the day.',
      guidance:
        'Most primary schools allow phones only for older pupils who travel alone. Ask parents to tell the school when a child will bring a phone.',
      mandatory: false,
      settings: ['Primary'],
      tags: ['phones', 'primary']
    },
    {
      key: 'phones-secondary-storage',
      text: "Pupils' phones and smart devices are switched off and kept out of sight from the moment they arrive until they leave the site. The way we store devices is explained to pupils and parents at the start of each year and applied the same way by every member of staff.",
      guidance:
        'DfE guidance describes several approaches: phones not brought to school, handed in, locked away, or kept on the pupil but never seen or heard. Name your approach here; consistency matters more than which one you choose.',
      mandatory: false,
      settings: ['Secondary'],
      tags: ['phones', 'secondary']
    },
    {
      key: 'phones-not-for-learning',
      text: 'Personal phones are not used in lessons, including as calculators, cameras or for research. When technology helps learning, the school provides the device.',
      guidance:
        'The updated DfE guidance asks that personal phones are not used for learning tasks, so that the school day stays phone-free. Check that departments which used phones in lessons have school devices to use instead.',
      mandatory: false,
      settings: ['Primary', 'Secondary', 'Special'],
      tags: ['phones', 'curriculum']
    },
    {
      key: 'phones-exceptions',
      text: 'Exceptions are agreed one by one and recorded, for example for young carers, for pupils who use a phone to manage a medical condition, and for some pupils with special educational needs and disabilities. Each exception covers only what the need requires.',
      guidance:
        "DfE guidance expects exceptions for these groups. Record the agreement in the pupil's care or support plan and tell the staff who need to know, without sharing the reason more widely.",
      mandatory: false,
      settings: 'All',
      tags: ['phones', 'send', 'medical']
    },
    {
      key: 'phones-breaches',
      text: 'If a pupil uses a phone or smart device against this policy, staff may confiscate it under our behaviour policy. It is kept securely and returned at the end of the day or to a parent or carer.',
      guidance:
        'State your own return arrangements, for example whether a second breach means a parent collects the device. The section on searching and confiscation covers what staff may do with a confiscated device.',
      mandatory: false,
      settings: ['Primary', 'Secondary', 'Special'],
      tags: ['phones', 'behaviour', 'search']
    },
    {
      key: 'phones-post16-own-devices',
      text: "Sixth-form students may use their own phones, laptops and tablets for study in the places and at the times we allow. On site they connect only through the school's filtered network, follow the student acceptable use agreement and keep devices out of sight in areas shared with younger pupils.",
      guidance:
        'Many sixth forms allow their own devices for study. Connecting through the school network brings the devices under filtering and monitoring; mobile data does not.',
      mandatory: false,
      settings: ['Post16'],
      tags: ['phones', 'post16', 'byod', 'filtering']
    },
    {
      key: 'phones-staff-use',
      text: 'Staff do not use personal phones or smart watches in front of pupils. Personal devices are put away during teaching and supervision and used only in staff areas, unless there is an emergency or the headteacher has agreed a particular reason.',
      guidance:
        'The updated DfE guidance asks staff not to use personal phones in front of pupils, which also models the behaviour expected of them. Say where and how a member of staff can take an urgent call.',
      mandatory: false,
      settings: 'All',
      tags: ['phones', 'staff']
    },
    {
      key: 'phones-early-years',
      text: 'In our early years provision, personal phones, smart watches and any other personal devices that can take pictures are not used where children are present. Staff, students and visitors leave them in the place set aside for them, and only school devices are used to take photographs.',
      guidance:
        'The EYFS statutory framework requires safeguarding policies to cover the use of mobile phones, cameras and other devices that can take and share images. Make sure visitors and students on placement are told where to leave their devices.',
      mandatory: true,
      settings: ['EarlyYears'],
      tags: ['phones', 'early-years', 'images']
    },
    {
      key: 'phones-trips',
      text: 'On trips and visits, staff carry a school phone or agree with the trip leader in advance how they will stay in contact. Pupils follow the phone arrangements set out for that visit.',
      guidance:
        'Personal phones are sometimes the only practical option on a trip. If so, the trip risk assessment should say so and staff should delete any contact numbers afterwards.',
      mandatory: false,
      settings: 'All',
      tags: ['phones', 'trips']
    },
    {
      key: 'phones-wearables',
      text: 'The same rules apply to smart watches, smart glasses, connected earbuds and any other wearable device that can record, send messages or connect to the internet.',
      guidance:
        'New wearables appear every year. Naming them in general terms means the policy covers them without an update each time.',
      mandatory: false,
      settings: 'All',
      tags: ['phones', 'wearables', 'devices']
    },
    {
      key: 'phones-contact-home',
      text: 'Parents and carers who need to reach their child during the day contact the school office on {{SchoolPhone}}, and pupils who need to contact home do so through the office.',
      guidance:
        'A clear route for urgent contact makes a phone-free day easier for families to accept. Include this point in your letter to parents about the phone policy.',
      mandatory: false,
      settings: 'All',
      tags: ['phones', 'parents']
    }
  ]
};
