# The console's phase panels in the therapist's language: check-in, ground rules, homework,
# closing.
# Las fases de la consola en el idioma del o de la terapeuta: bienvenida, reglas básicas,
# tareas, cierre.

## Comunes
phase-edit = Editar
phase-remove = Quitar
phase-cancel = Cancelar
phase-owner-both = { $a } y { $b }
phase-agreement-line = { $who }: { $what }
phase-outcome-done = hecho
phase-outcome-partly = en parte
phase-outcome-not-done = no hecho

## Las fechas (strftime de chrono)
phase-date-long = %A %-d de %B de %Y
phase-date-full = %-d de %B de %Y
phase-date-day-month = %-d de %B
phase-date-hint = AAAA-MM-DD
phase-date-empty = Escriba la fecha como AAAA-MM-DD, por ejemplo { $example }.
phase-date-invalid = «{ $text }» no es una fecha; escríbala como AAAA-MM-DD, por ejemplo { $example }.
phase-date-too-early = El { $date } es anterior a esta sesión; elija una fecha posterior.

## Escrito, pero aún sin guardar
phase-unrecorded-agreement-change = un cambio en un acuerdo, aún sin guardar
phase-unrecorded-agreement-new = un acuerdo a medio escribir, aún sin añadir
phase-unrecorded-comment = el comentario sobre el acuerdo { $id }
phase-unrecorded-rule-new = una regla básica a medio escribir, aún sin añadir
phase-unrecorded-rule-change = un cambio en una regla básica, aún sin guardar
phase-unrecorded-next-date = la fecha de la próxima sesión

## Cómo se describe un acuerdo
phase-when-daily = todos los días
phase-when-weekdays = cada { $days }
phase-when-weekly = una vez por semana
phase-when-weekly-on = una vez por semana, el { $day }
phase-terms-we-know = lo sabremos porque: { $evidence }
phase-terms-review-on = revisión el { $date }
phase-terms-review-next = revisión en la próxima sesión

## Bienvenida
phase-checkin-week = La semana
phase-checkin-week-question = ¿Cómo fue la semana, de 0 (muy difícil) a 10 (muy buena)?
phase-checkin-rating-name = { $name }: { $score }
phase-checkin-not-rated = sin puntuar
phase-checkin-homework = Tareas de la última vez
phase-checkin-nothing-to-review = No hay acuerdos que revisar: ninguno quedó abierto tras la última sesión.
phase-checkin-reviewed = { $reviewed } de { $total } revisados. El progreso se mide en pequeños logros.
phase-checkin-last-review = Última revisión ({ $date }): { $outcome }
phase-checkin-last-review-comment = Última revisión ({ $date }): { $outcome }: «{ $comment }»
phase-checkin-done = Hecho
phase-checkin-partly = En parte
phase-checkin-not-done = No hecho
phase-checkin-comment = Comentario
phase-checkin-comment-hint = Qué ayudó, qué lo dificultó
phase-checkin-choose-outcome = Elija hecho, en parte o no hecho para guardar el comentario.
phase-checkin-stop = Terminar este acuerdo (ya cumplido, o ya no se quiere)
phase-checkin-stop-hover = No volverá a revisarse en la próxima sesión.
phase-checkin-stops = Termina después de hoy; queda en el historial de la pareja.

## El CSI-4 (preguntas y respuestas siguen en inglés: hace falta una traducción validada)
phase-csi-heading = Satisfacción (CSI-4) · { $totals }
phase-csi-not-asked = sin preguntar
phase-csi-total = { $score } de { $max }
phase-csi-intro = Cuatro preguntas que cada miembro de la pareja responde por su cuenta; un total por debajo de { $cutoff } sugiere un malestar notable. Hágalas por turnos, o deje que cada uno responda sin que el otro lo oiga.
phase-csi-back = Volver a la sesión en la pantalla
phase-csi-ask = Preguntar a { $name } en la pantalla de la pareja
phase-csi-ask-hover = La pantalla pasa a esa persona: responde allí, a solas, y no ve las respuestas de nadie más
phase-csi-answering = { $name } está respondiendo en la pantalla de la pareja; su total aparecerá aquí cuando haya respondido las cuatro preguntas.
phase-csi-answer-name = { $name }, pregunta { $number }: { $answer }
phase-csi-result-below = { $name }: { $score } de { $max }, por debajo del punto de corte de malestar ({ $cutoff })
phase-csi-result-above = { $name }: { $score } de { $max }, por encima del punto de corte de malestar ({ $cutoff })

## Reglas básicas
phase-rules-need-rule = Escriba la regla.
phase-rules-too-long = Una regla puede tener como máximo { $max } caracteres; esta tiene { $count }.
phase-rules-too-many = Una pareja puede tener como máximo { $max } reglas básicas.
phase-rules-duplicate = Esa regla ya está en la lista.
phase-rules-agree-all = { $name } acepta todas
phase-rules-none-yet = Aún no hay reglas básicas. Añada abajo las reglas que { $a } y { $b } quieren respetar.
phase-rules-all-agreed = { $a } y { $b } han aceptado todas las reglas.
phase-rules-status = { $a } ha aceptado { $a_count } de { $total } { $total ->
    [one] regla
   *[other] reglas
}; { $b }, { $b_count } de { $total }.
phase-rules-agreed-by-both = Aceptada por la pareja
phase-rules-agreed-before = Aceptada por la pareja el { $date }
phase-rules-agrees = { $name } acepta
phase-rules-remove-question = ¿Quitar esta regla de las reglas de la pareja?
phase-rules-remove = Quitar regla
phase-rules-keep = Conservarla
phase-rules-add-label = Añadir una regla
phase-rules-add-hint = p. ej., Hablamos de dinero el fin de semana
phase-rules-add = Añadir
phase-rules-wording = Texto de la regla
phase-rules-reword-note = Si cambia el texto, los dos miembros de la pareja tendrán que aceptarla de nuevo.
phase-rules-save = Guardar regla
phase-rules-other = O { $name }
phase-rules-use-other = Usar { $name } en su lugar
phase-rules-use-other-hover = Sustituye las reglas de arriba; los dos miembros de la pareja aceptan las nuevas. Deshacer recupera las anteriores.

## Tareas
phase-homework-intro = Pequeño, concreto, comprobable: con las propias palabras de cada uno, no una promesa solemne.
phase-homework-added = Acuerdo añadido.
phase-homework-saved = Cambios guardados.
phase-homework-none-yet = Aún no hay acuerdos en esta sesión.
phase-homework-agreed-count = Acordado en esta sesión ({ $count })
phase-homework-being-edited = Se está editando arriba
phase-homework-suggestions = Sugerencias
phase-homework-suggestion-taken = «{ $title }» está en el formulario: ajústelo a las palabras de la pareja.
phase-homework-new-heading = Nuevo acuerdo
phase-homework-change-heading = Cambiar el acuerdo
phase-homework-who = Quién
phase-homework-both = Los dos
phase-homework-what = Qué, con sus propias palabras
phase-homework-what-hint-both = Cenaremos juntos sin móviles
phase-homework-what-hint-one = Compartiré mi horario de trabajo cada mañana
phase-homework-need-what = Escriba qué se va a hacer.
phase-homework-what-too-long = Lo que se va a hacer puede tener como máximo { $max } caracteres; este texto tiene { $count }.
phase-homework-when = Cuándo
phase-homework-every-day = Todos los días
phase-homework-chosen-days = Algunos días
phase-homework-once-a-week = Una vez por semana
phase-homework-any-day = Cualquier día
phase-homework-choose-day = Elija al menos un día de la semana.
phase-homework-anchor = Hábito ancla: cuándo ocurre
phase-homework-anchor-hint = después del desayuno
phase-homework-anchor-too-long = El hábito ancla puede tener como máximo { $max } caracteres; este tiene { $count }.
phase-homework-evidence = Cómo sabremos que ocurrió
phase-homework-evidence-hint = un mensaje en el calendario compartido
phase-homework-evidence-too-long = «Cómo lo sabremos» puede tener como máximo { $max } caracteres; este texto tiene { $count }.
phase-homework-review = Revisión
phase-homework-review-next = En la próxima sesión
phase-homework-review-next-on = En la próxima sesión ({ $date })
phase-homework-review-on-date = En una fecha
phase-homework-review-date = Fecha de revisión
phase-homework-save = Guardar cambios
phase-homework-add = Añadir acuerdo
phase-homework-cancel-editing = Cancelar edición
phase-homework-clear = Vaciar formulario

## Cierre
phase-closing-from-to = de { $start } a { $end } ({ $length })
phase-closing-so-far = empezó a las { $start }, { $length } hasta ahora
phase-closing-heading = Sesión { $number } · { $template } · { $when }
phase-closing-next-session = Próxima sesión
phase-closing-next-date = Fecha de la próxima sesión
phase-closing-set-date = Fijar fecha
phase-closing-clear-date = Borrar fecha
phase-closing-next-on = Próxima sesión: { $date }
phase-closing-printed = Aparece en la hoja de tareas de la pareja.
phase-closing-ended = La sesión terminó a las { $time }.
phase-closing-ended-unsigned = La sesión terminó a las { $time }. Aún se pueden añadir notas hasta que se firmen.
phase-closing-end = Terminar sesión
phase-closing-dialogue = Quien habla y quien escucha
phase-closing-no-turns = En esta sesión no hubo turnos de quien habla y quien escucha.
phase-closing-turns = Turnos
phase-closing-talk-time = Tiempo de palabra
phase-closing-paraphrasing = Parafraseo
phase-closing-share = Reparto del tiempo de palabra: { $a } { $a_share } %, { $b } { $b_share } %.
phase-closing-not-quite = { $count ->
    [one] { $count } paráfrasis necesitó otro intento.
   *[other] { $count } paráfrasis necesitaron otro intento.
}
phase-closing-check-in = Bienvenida
phase-closing-week = La semana: { $ratings }
phase-closing-reviewed = Tareas revisadas: { $reviewed } de { $total } (hechas: { $done }, en parte: { $partly }, no hechas: { $not_done }).
phase-closing-timeouts = Tiempos fuera
phase-closing-no-timeouts = Ningún tiempo fuera.
phase-closing-by-you = usted
phase-closing-reason-flooding = desbordamiento
phase-closing-reason-break = pausa breve
phase-closing-reason-other = otro motivo
phase-closing-ended-early = { $lasted } (previsto { $planned }, terminó antes)
phase-closing-timeout = { $time }  pedido por { $who } · { $reason } · { $how }
phase-closing-timeout-running = { $time }  pedido por { $who } · { $reason } · en curso, vuelta a las { $back }
phase-closing-agreements = Acuerdos nuevos
phase-closing-no-agreements = Ningún acuerdo nuevo.
phase-closing-rules = Reglas básicas
phase-closing-no-rules = Ninguna regla básica.
phase-closing-rules-agreed = { $both } de { $total } { $total ->
    [one] regla aceptada
   *[other] reglas aceptadas
} por la pareja.
phase-closing-rule-both = aceptada por la pareja
phase-closing-rule-only = solo { $name }
phase-closing-rule-none = aún sin aceptar
