import type { StarterSection } from '../StarterContentTypes';

/**
 * AUP for early years and key stage 1. Every statement is one short sentence of one- and
 * two-syllable words, so that it reads at about Flesch–Kincaid grade 2 or below.
 */
export const aupEarlyYearsKs1Section: StarterSection = {
  key: 'aup-early-years-ks1',
  title: 'Acceptable use agreement: early years and key stage 1',
  summary:
    'Short first-person statements for children aged about 4 to 7, read with an adult and co-signed by a parent or carer. Each line is one short sentence in simple words.',
  group: 'Aup',
  audience: 'EarlyYearsKS1',
  statements: [
    {
      key: 'aup-early-years-ks1-ask-first',
      text: 'I ask a grown-up before I go online.',
      guidance:
        'Read each line with the child and talk about what it means, using the devices they know. A parent or carer co-signs the agreement at the end.',
      mandatory: true,
      settings: 'All',
      tags: ['aup', 'pupils', 'supervision']
    },
    {
      key: 'aup-early-years-ks1-teacher-apps',
      text: 'I use the apps my teacher shows me.',
      guidance:
        'Young children should use only apps and sites chosen by adults. Show the child the icons of the apps they are allowed to use.',
      mandatory: false,
      settings: 'All',
      tags: ['aup', 'pupils']
    },
    {
      key: 'aup-early-years-ks1-tell-worried',
      text: 'I tell a grown-up if I feel upset.',
      guidance:
        'This is the most important line. Practise what the child might say, and make sure they know they will not be in trouble for telling.',
      mandatory: true,
      settings: 'All',
      tags: ['aup', 'pupils', 'reporting']
    },
    {
      key: 'aup-early-years-ks1-stop-and-tell',
      text: 'If it is scary, I stop and tell.',
      guidance:
        'Teach a simple action, such as turning the tablet over or closing the lid, then fetching an adult. Children remember an action more easily than a rule.',
      mandatory: false,
      settings: 'All',
      tags: ['aup', 'pupils', 'content', 'reporting']
    },
    {
      key: 'aup-early-years-ks1-kind',
      text: 'I am kind when I use a screen.',
      guidance:
        'Link this to the class rules about kindness. Talk about how people can feel sad because of what others say in a game or message.',
      mandatory: false,
      settings: 'All',
      tags: ['aup', 'pupils', 'conduct']
    },
    {
      key: 'aup-early-years-ks1-private',
      text: 'I keep my name and home secret.',
      guidance:
        'Explain that some things are private, like a name, address or school. Children of this age need this repeated often and in different ways.',
      mandatory: false,
      settings: 'All',
      tags: ['aup', 'pupils', 'privacy']
    },
    {
      key: 'aup-early-years-ks1-people-i-know',
      text: 'I only talk to people I know.',
      guidance:
        "Explain that people online are not always who they say they are. Talk about who the child's trusted people are.",
      mandatory: false,
      settings: 'All',
      tags: ['aup', 'pupils', 'contact']
    },
    {
      key: 'aup-early-years-ks1-photos',
      text: 'I ask before I take a photo.',
      guidance:
        "Even young children can learn that other people's pictures belong to them. Model asking before you photograph the child's work or play.",
      mandatory: false,
      settings: 'All',
      tags: ['aup', 'pupils', 'images']
    },
    {
      key: 'aup-early-years-ks1-care',
      text: 'I look after the school tablets.',
      guidance:
        'Change tablets to computers or another word that matches the devices the child uses. Explain simple care, such as clean hands and two hands to carry.',
      mandatory: false,
      settings: 'All',
      tags: ['aup', 'pupils', 'devices']
    },
    {
      key: 'aup-early-years-ks1-school-checks',
      text: 'My teachers can see what I do.',
      guidance:
        "This is the youngest pupils' version of being told that school systems are monitored. Present it as adults helping to keep children safe.",
      mandatory: false,
      settings: 'All',
      tags: ['aup', 'pupils', 'monitoring']
    },
    {
      key: 'aup-early-years-ks1-say-no',
      text: 'I can say no and tell a grown-up.',
      guidance:
        'Children need to know they can refuse a request that feels wrong, even from someone they know. Link this to your work on feelings and safe touch.',
      mandatory: false,
      settings: 'All',
      tags: ['aup', 'pupils', 'contact']
    }
  ]
};
