// What the facilitators wrote up for the brochure of each fictional sample workshop: the field's narrative,
// notes on some walls, quotes (attributed to a perspective at most, never to a person) and the Fachtag's
// actors with the responsible actor and partners. Invented for demonstration on the themes of the county's
// strategy; no real person, statement or quote is reproduced.

const KI = {
  id: 'kommunales-integrationszentrum',
  name: 'Kommunales Integrationszentrum Kreis Recklinghausen',
};

/** Brochure texts by workshop id. */
export const brochure = {
  'rek-2017-bildung-0-14': {
    notes: {
      field:
        'Kitas, Grundschulen und Ehrenamtliche berichteten, wie unterschiedlich Kinder mit Fluchterfahrung in den Städten ankommen. Wo Sprachkitas und Lesepatenschaften bestehen, gelingt der Einstieg früh; anderswo warten Familien Monate auf einen Platz. Einig war sich der Raum, dass Eltern besser erreicht werden müssen: über Elterncafés, Sprachmittlung und verlässliche Ansprechpersonen in der Schule.',
      walls: {
        gewitter:
          'Die Wartezeiten auf Kita- und Schulplätze wurden an mehreren Stellwänden genannt und lange diskutiert.',
        wind: 'Viele Ideen setzen bei den Eltern an, nicht nur bei den Kindern.',
      },
    },
    quotes: [
      {
        text: 'Die Kinder lernen schnell, wenn sie einen Platz haben. Das Problem ist die Zeit davor.',
        perspective: 'bildung',
        wall: 'gewitter',
      },
      {
        text: 'Unsere Lesepaten sind oft die ersten, die merken, wenn ein Kind mehr Hilfe braucht.',
        perspective: 'ehrenamt',
        wall: 'sonne',
      },
      {
        text: 'Ein Elterncafé in der Muttersprache hat bei uns mehr bewirkt als jeder Brief.',
        wall: 'wind',
      },
    ],
    fachtag: {
      date: '2017-11-28',
      actors: [
        KI,
        { id: 'jugendaemter', name: 'Jugendämter der Städte' },
        { id: 'schulamt', name: 'Schulamt für den Kreis Recklinghausen' },
        { id: 'kita-traeger', name: 'Kita-Träger' },
        { id: 'lesepaten', name: 'Lesepatenschaften der Ehrenamtlichen' },
      ],
      responsible: 'schulamt',
      partners: ['jugendaemter', 'kita-traeger', KI.id],
    },
  },
  'rek-2017-bildung-ab-15': {
    notes: {
      field:
        'Für Jugendliche und Erwachsene ab 15 Jahren drehte sich die Diskussion um Übergänge: vom Sprachkurs in die Berufsschule, von der Internationalen Förderklasse in die Ausbildung. Besonders Mütter fallen durch das Raster, weil Sprachkurse ohne Kinderbetreuung stattfinden. Die Bildungsträger wünschten sich eine kreisweite Übersicht der Kurse, damit niemand an der Stadtgrenze aufgeben muss.',
      walls: {
        gewitter:
          'Zwei gleichlautende Karten zur Kinderbetreuung in Sprachkursen wurden zusammengefasst.',
      },
    },
    quotes: [
      {
        text: 'Wer mit 17 kommt, hat zwei Jahre Zeit für Sprache, Abschluss und Berufswahl. Das ist zu wenig.',
        perspective: 'bildung',
        wall: 'gewitter',
      },
      {
        text: 'Ich wollte den Kurs machen, aber mit meinem Sohn durfte ich nicht hinein.',
        perspective: 'neuzugewanderte',
        wall: 'gewitter',
      },
      {
        text: 'Eine Übersicht aller Kurse im Kreis würde uns jede Woche Stunden sparen.',
        perspective: 'wohlfahrtsverband',
        wall: 'wind',
      },
    ],
    fachtag: {
      date: '2017-11-28',
      actors: [
        KI,
        { id: 'bildungstraeger', name: 'Bildungsträger und Volkshochschulen' },
        { id: 'berufskollegs', name: 'Berufskollegs' },
        { id: 'jobcenter', name: 'Jobcenter Kreis Recklinghausen' },
      ],
      responsible: KI.id,
      partners: ['bildungstraeger', 'berufskollegs', 'jobcenter'],
    },
  },
  'rek-2017-sicherheit-rassismus': {
    notes: {
      field:
        'Der Workshop begann mit Berichten über Anfeindungen im Alltag: im Bus, bei der Wohnungssuche, in sozialen Netzwerken. Die Teilnehmenden unterschieden zwischen dem Sicherheitsgefühl der Neuzugewanderten und dem der Nachbarschaft und hielten beide für berechtigt. Als Stärke galt die Arbeit der Bündnisse gegen Rechts; als Lücke fehlende Anlaufstellen, an die sich Betroffene ohne Angst wenden können.',
    },
    quotes: [
      {
        text: 'Viele erzählen es uns erst Wochen später, weil sie nicht wissen, wohin sie sich wenden sollen.',
        perspective: 'verwaltung',
        wall: 'gewitter',
      },
      {
        text: 'Wenn wir uns kennen, haben wir weniger Angst voreinander. Das gilt für beide Seiten.',
        perspective: 'ehrenamt',
        wall: 'wind',
      },
      {
        text: 'Stammtischparolen muss man nicht hinnehmen. Man kann üben, ihnen zu widersprechen.',
        wall: 'wind',
      },
    ],
    fachtag: {
      date: '2017-11-28',
      actors: [
        KI,
        { id: 'polizei', name: 'Polizeipräsidium Recklinghausen' },
        { id: 'buendnisse', name: 'Bündnisse gegen Rechts in den Städten' },
        { id: 'integrationsraete', name: 'Integrationsräte' },
      ],
      responsible: KI.id,
      partners: ['polizei', 'buendnisse', 'integrationsraete'],
    },
  },
  'rek-2017-sport': {
    notes: {
      field:
        'Sportvereine erleben Neuzugewanderte als Gewinn, stoßen aber an Grenzen: Beiträge, Ausrüstung, Versicherung und Fahrten zum Training. Vereine und Kreissportbund wollen die Angebote sichtbarer machen und Übungsleitende gewinnen, die selbst zugewandert sind. Gezählt wurde hier nach Farbpunkten je Perspektive, nicht je Person.',
    },
    quotes: [
      {
        text: 'Auf dem Platz braucht es wenig Sprache. Danach, beim Anmeldeformular, umso mehr.',
        perspective: 'verein-initiative',
        wall: 'wolke',
      },
      {
        text: 'Ein Sportpass für die ersten Monate würde viele Türen öffnen.',
        perspective: 'ehrenamt',
        wall: 'wind',
      },
    ],
    fachtag: {
      date: '2017-11-28',
      actors: [
        KI,
        { id: 'kreissportbund', name: 'Kreissportbund Recklinghausen' },
        { id: 'sportvereine', name: 'Sportvereine' },
        { id: 'migrantenorganisationen', name: 'Migrantenorganisationen' },
      ],
      responsible: 'kreissportbund',
      partners: ['sportvereine', 'migrantenorganisationen', KI.id],
    },
  },
  'rek-2017-ausbildung-arbeit': {
    notes: {
      field:
        'Arbeitgeber, Jobcenter und Beratungsstellen waren sich einig, dass der Wille zur Arbeit groß ist und die Wege lang sind. Anerkennungsverfahren, fehlende Sprachzertifikate und wechselnde Zuständigkeiten bremsen. Als gute Beispiele wurden Arbeitsmarktlotsen und Praktika in Handwerksbetrieben genannt; gewünscht wurden Informationsveranstaltungen zu Berufsfeldern gemeinsam mit dem Jobcenter.',
      walls: {
        sonne: 'Betriebe, die schon Geflüchtete ausbilden, berichteten fast nur Gutes.',
      },
    },
    quotes: [
      {
        text: 'Der Meister wollte ihn sofort nehmen. Dann hat es acht Monate gedauert, bis alle Papiere da waren.',
        perspective: 'arbeitsmarkt',
        wall: 'gewitter',
      },
      {
        text: 'Ich habe in Syrien zehn Jahre als Elektriker gearbeitet. Hier fange ich von vorn an.',
        perspective: 'neuzugewanderte',
        wall: 'wolke',
      },
      {
        text: 'Eine Person, die den ganzen Weg begleitet, ist mehr wert als zehn Broschüren.',
        wall: 'wind',
      },
    ],
    fachtag: {
      date: '2017-11-28',
      actors: [
        KI,
        { id: 'jobcenter', name: 'Jobcenter Kreis Recklinghausen' },
        { id: 'agentur-fuer-arbeit', name: 'Agentur für Arbeit Recklinghausen' },
        { id: 'handwerkskammer', name: 'Handwerkskammer Münster' },
        { id: 'regionalagentur', name: 'Regionalagentur Emscher-Lippe' },
      ],
      responsible: 'jobcenter',
      partners: ['agentur-fuer-arbeit', 'handwerkskammer', 'regionalagentur', KI.id],
    },
  },
  'rek-2017-engagement': {
    notes: {
      field:
        'Ehrenamtliche trugen 2015 und 2016 einen großen Teil der Begleitung. Im Workshop ging es darum, wie dieses Engagement bleibt, wenn die erste Welle der Hilfsbereitschaft vorbei ist: durch Fortbildung, Austausch auf Augenhöhe mit den Hauptamtlichen und eine Anerkennung, die mehr ist als ein Dankeschön.',
    },
    quotes: [
      {
        text: 'Wir wollen nicht die Lücken der Verwaltung füllen, sondern Seite an Seite arbeiten.',
        perspective: 'ehrenamt',
        wall: 'gewitter',
      },
      {
        text: 'Die Fortbildungen haben mir Sicherheit gegeben, gerade beim Thema Trauma.',
        perspective: 'ehrenamt',
        wall: 'sonne',
      },
      {
        text: 'Ein Stammtisch für Ehrenamtliche aus allen Städten: klein anfangen, regelmäßig treffen.',
        wall: 'wind',
      },
    ],
    fachtag: {
      date: '2017-11-28',
      actors: [
        KI,
        { id: 'ehrenamtskoordination', name: 'Ehrenamtskoordination der Städte' },
        { id: 'wohlfahrtsverbaende', name: 'Wohlfahrtsverbände' },
        { id: 'kirchengemeinden', name: 'Kirchengemeinden' },
      ],
      responsible: KI.id,
      partners: ['ehrenamtskoordination', 'wohlfahrtsverbaende', 'kirchengemeinden'],
    },
  },
  'rek-2017-familie': {
    notes: {
      field:
        'Familien, Kinder, Frauen und Jugendliche: ein weites Feld, das der Raum auf die Frage zuspitzte, wie geflüchtete Frauen erreicht werden. Frauencafés und Angebote mit Kinderbetreuung funktionieren; Jugendliche brauchen Orte, an denen sie ohne Erwachsene ankommen können. Genannt wurde auch die Idee einer niedrigschwelligen Qualifizierung für Frauen in der Betreuung pflegebedürftiger Menschen.',
    },
    quotes: [
      {
        text: 'Die Frauen kommen, wenn die Kinder mitkommen dürfen. So einfach ist das.',
        perspective: 'wohlfahrtsverband',
        wall: 'sonne',
      },
      {
        text: 'Im Jugendzentrum sind wir einfach Jugendliche, nicht Flüchtlinge.',
        perspective: 'neuzugewanderte',
        wall: 'sonne',
      },
    ],
    fachtag: {
      date: '2017-11-28',
      actors: [
        KI,
        { id: 'jugendaemter', name: 'Jugendämter der Städte' },
        { id: 'familienzentren', name: 'Familienzentren' },
        { id: 'jugendzentren', name: 'Jugendzentren' },
        { id: 'frauenberatung', name: 'Frauenberatungsstellen' },
      ],
      responsible: 'jugendaemter',
      partners: ['familienzentren', 'jugendzentren', 'frauenberatung', KI.id],
    },
  },
  'rek-2017-wohnen': {
    notes: {
      field:
        'Zentrale Unterkunft oder eigene Wohnung? In fast allen Städten gilt der Grundsatz, Geflüchtete möglichst in Wohnungen unterzubringen und Unterkünfte nur als Übergang zu nutzen. Einzelne Städte setzen vorerst auf zentrale Unterbringung, weil kleine Wohnungen für ein bis zwei Personen fehlen und Sammelunterkünfte günstiger seien. Im Abschlussworkshop mit rund 60 Neuzugewanderten wurden die Vor- und Nachteile beider Wege offen diskutiert; die Neuzugewanderten selbst stellten ihre Erfahrungen bei der Wohnungssuche dar.',
      walls: {
        gewitter:
          'Die Wand zeigt den Streit der Städte: Wohnraummangel für Alleinstehende auf der einen, die Belastung durch lange Aufenthalte in Unterkünften auf der anderen Seite.',
        wind: 'Wohnungslotsen und Mietführerscheine fanden über alle Perspektiven hinweg Zustimmung.',
      },
    },
    quotes: [
      {
        text: 'In der Unterkunft kann man nicht lernen, nicht schlafen und keinen Besuch einladen.',
        perspective: 'neuzugewanderte',
        wall: 'gewitter',
      },
      {
        text: 'Für Familien finden wir Wohnungen. Für junge Männer allein fast nie.',
        perspective: 'verwaltung',
        wall: 'gewitter',
      },
      {
        text: 'Als ich den Mietführerschein hatte, hat der Vermieter mir zugehört.',
        perspective: 'neuzugewanderte',
        wall: 'wind',
      },
    ],
    fachtag: {
      date: '2017-11-28',
      actors: [
        KI,
        { id: 'sozialaemter', name: 'Sozialämter der Städte' },
        { id: 'wohnungsgesellschaften', name: 'Kommunale Wohnungsgesellschaften' },
        { id: 'wohnungslotsen', name: 'Ehrenamtliche Wohnungslotsen' },
        { id: 'mieterverein', name: 'Mieterverein' },
      ],
      responsible: 'sozialaemter',
      partners: ['wohnungsgesellschaften', 'wohnungslotsen', KI.id],
    },
  },
  'rek-2019-wohnen': {
    notes: {
      field:
        'Zwei Jahre später kam der Workshop zum Wohnen wieder zusammen, mit weniger Teilnehmenden. Die Zahl der Menschen in Unterkünften ist gesunken; geblieben ist der Mangel an kleinen, bezahlbaren Wohnungen. Neu war der Wunsch nach Beratung bei Nebenkosten und Nachbarschaftskonflikten.',
    },
    quotes: [
      {
        text: 'Die Wohnung haben wir jetzt. Jetzt geht es darum, dort gut zu leben.',
        perspective: 'neuzugewanderte',
        wall: 'sonne',
      },
    ],
    fachtag: {
      actors: [
        KI,
        { id: 'sozialaemter', name: 'Sozialämter der Städte' },
        { id: 'wohnungsgesellschaften', name: 'Kommunale Wohnungsgesellschaften' },
      ],
      responsible: 'sozialaemter',
      partners: ['wohnungsgesellschaften', KI.id],
    },
  },
};
