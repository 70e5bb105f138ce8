# Lo que lee la pareja: la pantalla de la pareja y la hoja de tareas.

## La pantalla de la pareja
display-welcome = Bienvenidos
display-welcome-note = Respiren con calma; empezamos en un momento.
display-thanks = Gracias a los dos
display-ended = La sesión ha terminado.
display-break = Pausa — volvemos a las { $time }
display-timeout = Tiempo fuera
display-calming = Inspiren despacio contando cuatro … y espiren contando seis.
display-flooded = Vayan a lugares separados y cálmense, sin darle más vueltas.
display-back-upset = Es hora de volver a estar juntos, aunque sigan alterados: díganlo, y pidan más tiempo si lo necesitan.
display-back = Es hora de volver a estar juntos.
display-floor-next = Después tiene la palabra { $name }
display-paused = En pausa
display-over-time = Se acabó el tiempo — termine su idea
display-talk-time = Tiempo de palabra
display-more-rules = { $count ->
    [one] y una más
   *[other] y { $count } más
}

## A quién le toca
turn-speaking = { $speaker } está hablando
turn-confirm-mirror = { $speaker }: ¿lo entendió { $listener }? ¿Hay algo más?
turn-confirm = { $speaker }: ¿era eso?
turn-summary = { $listener }, le toca resumir
turn-validation = { $listener }, diga por qué lo que dice { $speaker } tiene sentido
turn-empathy = { $listener }, imagine cómo se siente { $speaker }
turn-mirror = { $listener }, le toca reflejar
turn-paraphrase = { $listener }, le toca parafrasear

## Para empezar, quien escucha
opening-paraphrase = «Lo que te oigo decir es …»
opening-mirror = «Si te entendí bien, dijiste … ¿Lo entendí? ¿Hay algo más?»
opening-summary = «A ver si lo entendí todo …»
opening-validation = «Tiene sentido para mí, porque …»
opening-empathy = «Me imagino que quizá te sientes … ¿Es así?»

## La hoja de tareas
sheet-title = Nuestros acuerdos para esta semana
sheet-name = Hoja de tareas
sheet-from-session = { $couple } · de nuestra sesión del { $date }
sheet-next = Próxima sesión: { $date }
sheet-next-open = Próxima sesión: por concretar
sheet-wins = { $count ->
    [one] Nuestros logros hasta ahora: un acuerdo cumplido
   *[other] Nuestros logros hasta ahora: { $count } acuerdos cumplidos
}
sheet-none = Esta vez no hay acuerdos nuevos. Sigan con lo que funciona.
sheet-what-we-agreed = Lo que acordamos
sheet-doc-title = Hoja de tareas — { $couple }, sesión { $number }
sheet-footer = { $couple } · sesión { $number }
sheet-both = Los dos
sheet-we-know = Lo sabremos porque: { $evidence }
sheet-still-going = Sigue en marcha, desde la sesión { $number }
sheet-week-of = semana del
sheet-notes = Nuestras notas
sheet-rules = Nuestras reglas básicas
sheet-hard = Cuando se pone difícil
sheet-timeout-1 = Cualquiera de los dos puede decir «Necesito un tiempo fuera». Sin culpas, sin última palabra.
sheet-timeout-2 = ¿Desbordados? Decir cuándo volveremos y luego ir a lugares separados al menos 20 minutos; volver antes de 24 horas.
sheet-timeout-3 = Calmarse, no rumiar: caminar, respirar, música.
sheet-timeout-4 = Volver como acordamos, aunque sigamos alterados, y pedir más tiempo si lo necesitamos.
sheet-start-again = Volver a empezar con suavidad:
sheet-formula = «Me siento … por … y necesito …»
sheet-setbacks = Los retrocesos son normales: sanar no es una línea recta.
sheet-agreed = Esto lo acordamos juntos:
sheet-unsafe = Si alguno de ustedes no se siente seguro en casa, llame al número de emergencias local y luego avísennos.
sheet-date = Fecha

## Con qué frecuencia
when-daily = todos los días
when-weekdays = cada { $days }
when-weekly = una vez por semana
when-weekly-on = una vez por semana, el { $day }
list-and = { $first } y { $last }

## Las fechas
date-long = %A %-d de %B
date-day-month = %-d %b
date-month = %b

## Pages
page-of = página { $page } de { $pages }

## Las reglas básicas que proponen las plantillas
rule-1 = Sin gritos ni insultos.
rule-2 = Sin interrumpir: quien habla termina antes de que el otro responda.
rule-3 = Hablar en primera persona («Me siento … por … y necesito …») en lugar de acusar con un «tú».
rule-4 = Cualquiera de los dos puede pedir un tiempo fuera en cualquier momento, y el otro lo respeta.
rule-5 = Nadie se va dando un portazo: si es demasiado, pedimos un tiempo fuera.
rule-6 = Teléfonos guardados durante la sesión.
rule-7 = Un tema a la vez.
rule-8 = Lo que se dice aquí no se usa después como arma.

display-csi-title = { $name }, solo para usted
display-csi-intro = Cuatro preguntas sobre su relación. Nadie más ve aquí sus respuestas.
display-csi-original = Las preguntas conservan su redacción original en inglés, para que sus respuestas puedan compararse con las puntuaciones publicadas.
display-csi-thanks = Gracias, { $name }. Por favor, vuelva a girar la pantalla.
display-csi-answer = { $name }, pregunta { $number }: { $answer }
