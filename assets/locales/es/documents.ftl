# Los documentos en el idioma de quien hace la terapia: las notas de la sesión y el informe de
# evolución (sus palabras a la pareja, doc-couple-…, siguen el idioma de la pareja). También lo
# que dicen la consulta, la sesión y la carpeta de datos cuando algo se rechaza o se ha hecho.

## Fechas en los documentos (strftime de chrono: %A el día, %B el mes, %b abreviado)
doc-date = %-d de %B de %Y
doc-date-short = %-d %b %Y
doc-date-weekday = %A, %-d de %B de %Y
doc-date-day-month = %-d de %B

## Los documentos, por su nombre
doc-kind-notes = notas de la sesión
doc-kind-notes-timeline = notas de la sesión con la cronología
doc-kind-homework = hoja de tareas
doc-alone-no-sheet = La sesión { $number } fue individual con { $name }: no tiene hoja de tareas para la pareja, y sus notas son solo para su registro.
doc-continued = { $title } (continuación)

## Caracteres que ninguna fuente de este ordenador tiene
doc-font-cjk = Noto Sans CJK (el paquete fonts-noto-cjk) para chino, japonés y coreano
doc-font-devanagari = Noto Sans Devanagari (el paquete fonts-noto-core)
doc-font-indic = Noto Sans para la escritura de la India correspondiente (el paquete fonts-noto-core)
doc-font-thai = Noto Sans Thai (el paquete fonts-noto-core)
doc-font-arabic = Noto Sans Arabic (el paquete fonts-noto-core)
doc-font-other = Noto Sans (el paquete fonts-noto-core)
doc-missing-more = { $list } y { $count } más
doc-missing-and = y
doc-missing-install = instale { $fonts } y vuelva a imprimir
doc-missing-emoji = los emojis se imprimen como un recuadro: escriba la palabra en su lugar
doc-missing = Impresos como un recuadro, porque ninguna fuente de este ordenador los tiene: { $list }. Para imprimirlos, { $how }.

## Las notas de la sesión: el marco
doc-notes-header = Confidencial · Notas de la sesión · { $a } & { $b }
doc-notes-footer = Confidencial · { $practice } · sesión { $number } · { $date }
doc-notes-draft = BORRADOR · SIN FIRMAR
doc-notes-title = Notas de la sesión — { $a } & { $b }, sesión { $number }

## Las notas de la sesión: quién, cuándo, dónde
doc-notes-heading = Notas de la sesión
doc-notes-individual-heading = Notas de la sesión individual
doc-notes-alone = { $name }, a solas (de { $a } & { $b })
doc-notes-alone-record = Para el registro de quien hace la terapia: no para la pareja, ni para el expediente de una sesión conjunta.
doc-notes-ids = { $name }: { $ids }
doc-notes-session = Sesión { $number }
doc-notes-service = servicio { $code }
doc-notes-diagnosis = diagnóstico { $code }
doc-notes-still-running = aún en curso
doc-notes-present-both = Presentes: { $a } y { $b }.
doc-notes-present-one = Presente: { $present } ({ $absent } ausente).
doc-notes-present-unknown = Presentes: sin registrar.
doc-notes-protocol = Protocolo: { $name }.
doc-notes-therapist = Terapeuta: { $name }.
doc-notes-next = Próxima sesión: { $date }.
doc-notes-clock-forward = El reloj del ordenador se adelantó { $by } a las { $time }; las horas posteriores siguen el nuevo reloj, las duraciones no se ven afectadas.
doc-notes-clock-back = El reloj del ordenador se atrasó { $by } a las { $time }; las horas posteriores siguen el nuevo reloj, las duraciones no se ven afectadas.
doc-notes-days = { $count } d
doc-notes-hours = { $count } h
doc-notes-minutes = { $count } min
doc-notes-seconds = { $count } s

## Las notas de la sesión: los apartados
doc-notes-check-in = Bienvenida
doc-notes-week = La semana: { $ratings }.
doc-notes-csi = CSI-4: { $scores } (punto de corte { $cutoff }).
doc-notes-progress = Avance en los acuerdos
doc-notes-agreement = Acuerdo
doc-notes-outcome = Resultado
doc-notes-comment = Comentario
doc-notes-not-reviewed = sin revisar
doc-notes-outcome-stopped = { $outcome } (finalizado)
doc-notes-whose = { $who }: { $what }
doc-notes-both = Ambos
doc-notes-interventions = Intervenciones
doc-notes-phase = { $title } — { $took } (previsto { $planned })
doc-notes-phase-turns = { $phase }: { $turns }
doc-notes-turns = { $name } { $count ->
    [one] 1 turno
   *[other] { $count } turnos
}, { $talk } hablando
doc-notes-retries = Paráfrasis que necesitaron otro intento: { $count }.
doc-notes-topics = Temas: { $topics }.
doc-notes-rules = Reglas básicas
doc-notes-rules-all = { $count ->
    [one] Ambos aceptaron en esta sesión la regla vigente.
   *[other] Ambos aceptaron en esta sesión las { $count } reglas vigentes.
}
doc-notes-rules-some = { $count ->
    [one] 1 regla vigente
   *[other] { $count } reglas vigentes
}; { $both } aceptadas por ambos en esta sesión.
doc-notes-rule-agreed-by = aceptada solo por { $name }
doc-notes-rule-not-agreed = no aceptada en esta sesión
doc-notes-risk = Riesgo
doc-notes-risk-none = Nada que señalar.
doc-notes-concerns = Preocupaciones: { $words }
doc-notes-confidentiality = Confidencialidad: { $policy } (acordada el { $date }).
doc-notes-timeouts = Tiempos fuera
doc-notes-timeout = { $time } · pedido por { $by } · { $reason } · { $length }
doc-notes-timeout-early = { $time } · pedido por { $by } · { $reason } · { $length } (terminado antes)
doc-notes-by-therapist = terapeuta
doc-notes-flooding = desbordamiento
doc-notes-short-break = pausa breve
doc-notes-other-reason = otro motivo
doc-notes-new-agreements = Nuevos acuerdos
doc-notes-new-agreement = { $who }: { $what } — { $when }
doc-notes-we-know = Cómo lo sabremos: { $evidence }
doc-notes-notes = Notas ({ $format })
doc-notes-earlier-format = { $section } (de un formato anterior)
doc-notes-step-notes = Notas sobre los pasos guiados
doc-notes-quick = Notas rápidas
doc-notes-marked = (momento marcado)
doc-notes-none = No se escribieron notas.
doc-notes-written-after = Notas escritas por última vez después de la sesión, el { $date } a las { $time }.
doc-notes-signed = Firmado electrónicamente por { $by } el { $date } a las { $time }.
doc-notes-addenda = Adendas
doc-notes-added = Añadido el { $date } a las { $time }

## Las notas de la sesión: la cronología del anexo
doc-notes-timeline = Anexo: cronología
doc-notes-undone = { $what } (deshecho)
doc-notes-the-floor = La palabra
doc-notes-run-going = { $who }: un turno en curso, { $length }
doc-notes-run = { $who }: { $count ->
    [one] 1 turno
   *[other] { $count } turnos
}, { $length }
doc-event-started = Sesión iniciada
doc-event-phase = Fase: { $title }
doc-event-rated = { $name } valoró la semana con { $score }/10
doc-event-csi = { $name } respondió { $answer } a la pregunta de satisfacción { $question }
doc-event-reviewed = Acuerdo revisado, { $outcome }: { $what }
doc-event-reviewed-unknown = Acuerdo revisado: { $outcome }
doc-event-stopped = Acuerdo finalizado
doc-event-rule-added = Regla añadida: { $rule }
doc-event-rules-replaced = Las reglas básicas cambiaron a { $name }
doc-event-card = Tarjeta mostrada a la pareja: { $title }
doc-event-a-card = una tarjeta
doc-event-rule-agreed = { $name } aceptó una regla
doc-event-floor = { $name } toma la palabra
doc-event-paraphrase = Parafrasear
doc-event-confirming = Confirmación de la paráfrasis
doc-event-response = La respuesta de quien escucha
doc-event-not-quite = «No del todo»: parafrasear de nuevo
doc-event-accurate = Paráfrasis confirmada como correcta
doc-event-topic = Tema: { $topic }
doc-event-paused = Temporizador en pausa
doc-event-resumed = Temporizador reanudado
doc-event-timeout = Tiempo fuera pedido por { $by } ({ $reason }), { $length }
doc-event-timeout-early = Tiempo fuera terminado antes
doc-event-timeout-over = Tiempo fuera terminado
doc-event-timeout-changed = Tiempo fuera cambiado: pedido por { $by } ({ $reason }), { $length }
doc-event-undone = Corrección: deshecho, { $what }
doc-event-redone = Corrección: rehecho, { $what }
doc-event-agreement = Acuerdo tomado: { $what }
doc-event-quick-note = Nota rápida: { $text }
doc-event-next = Próxima sesión fijada para el { $date }
doc-event-ended = Sesión terminada
doc-event-clock-forward = El reloj del ordenador se adelantó { $by } (las horas posteriores siguen el nuevo reloj; las duraciones no se ven afectadas)
doc-event-clock-back = El reloj del ordenador se atrasó { $by } (las horas posteriores siguen el nuevo reloj; las duraciones no se ven afectadas)

## El informe de evolución
doc-progress-header = Informe de evolución · { $names }
doc-progress-header-practice = { $practice } · Informe de evolución · { $names }
doc-progress-footer = { $names } · impreso el { $date }
doc-progress-title = Informe de evolución — { $names }
doc-progress-heading = Informe de evolución
doc-progress-span = Sesiones conjuntas { $first } a { $last }, del { $from } al { $to }
doc-progress-span-one = Sesión conjunta { $number }, { $date }
doc-progress-span-none = Aún no hay sesiones conjuntas
doc-progress-no-sessions = Aún no hay sesiones conjuntas: los números empiezan con la primera.
doc-progress-satisfaction = Satisfacción (CSI-4)
doc-progress-cut-off = punto de corte { $score }
doc-progress-the-week-chart = La semana, de 0 a 10
doc-progress-reviewed = Acuerdos revisados
doc-progress-done = cumplido
doc-progress-partly = en parte
doc-progress-not-done = no cumplido
doc-progress-timeouts = Tiempos fuera
doc-progress-timeouts-key = tiempos fuera
doc-progress-share = Parte de { $name } en el tiempo de palabra
doc-progress-even-share = parte igual
doc-progress-numbers = Los números
doc-progress-numbers-key = La semana y el CSI-4: { $a } / { $b }. Acuerdos revisados: cumplido / en parte / no cumplido. Palabra: parte de { $a } en el tiempo de palabra de los turnos.
doc-progress-col-session = Sesión
doc-progress-col-date = Fecha
doc-progress-col-week = La semana
doc-progress-col-agreements = Acuerdos
doc-progress-col-talk = Palabra
doc-progress-csi-note = CSI-4: el Couples Satisfaction Index, versión de 4 preguntas (Funk & Rogge 2007), de 0 a { $max }; un total inferior a { $cutoff } sugiere un malestar notable.
doc-progress-agreements = Acuerdos
doc-progress-none-yet = Aún no hay ninguno.
doc-progress-both = Ambos
doc-progress-not-reviewed = aún sin revisar
doc-progress-reviews = revisiones: { $outcomes }
doc-progress-agreement = { $who }: { $what } (de la sesión { $number }) — { $reviews }
doc-progress-streak = { $count ->
    [one] cumplido la última vez
   *[other] cumplido { $count } veces seguidas
}
doc-progress-stopped = finalizado

## Las palabras del informe de evolución a la pareja, en el idioma de la pareja
doc-couple-small-wins = El cambio se mide en pequeños logros, y rara vez sigue una línea recta: una semana difícil entre dos buenas forma parte de él.
doc-couple-kept = { $count ->
    [0] Aún sin cumplir: el próximo paso es un primer paso pequeño.
    [one] Cumplidos una vez hasta ahora.
   *[other] Cumplidos { $count } veces hasta ahora, sumando todos los acuerdos.
}

## La consulta: lo que dice cuando rechaza algo o lo ha hecho
doc-practice-read-only = La consulta de { $folder } se abrió solo para leerla, así que no se cambió nada; haga los cambios en la aplicación Groundwork.
doc-practice-demo-folder = No se pudo crear una carpeta para la consulta de ejemplo: { $error }.
doc-practice-not-protected = la consulta no está protegida con una frase de contraseña
doc-practice-demo-not-protected = La consulta de ejemplo no se protege: se elimina al cerrar Groundwork.
doc-practice-close-session-first = Cierre primero la sesión abierta y después proteja la consulta.
doc-practice-passphrases-differ = Las dos frases de contraseña no coinciden; no se cambió nada.
doc-practice-protected = La consulta está protegida: { $count ->
    [one] 1 archivo sellado
   *[other] { $count } archivos sellados
}. Groundwork pide la frase de contraseña al abrirse; sin ella nadie puede leer esta consulta, ni siquiera usted, así que guárdela bien.
doc-practice-exports-moved = { $count ->
    [one] 1 PDF exportado antes se movió
   *[other] { $count } PDF exportados antes se movieron
} fuera de la carpeta de datos, a { $folder }.
doc-practice-new-passphrases-differ = Las dos frases de contraseña nuevas no coinciden; no se cambió nada.
doc-practice-nothing-to-remember = La consulta no está protegida con una frase de contraseña, así que no hay nada que recordar.
doc-practice-not-remembered = Este ordenador no pudo recordar la frase de contraseña: { $why }.
doc-practice-remembered = Este ordenador recuerda la frase de contraseña: Groundwork abre aquí esta consulta sin pedirla. La sigue pidiendo tras un bloqueo, y en cualquier otro ordenador.
doc-practice-not-forgotten = Este ordenador no pudo olvidar la frase de contraseña: { $why }.
doc-practice-forgotten = Este ordenador ya no recuerda la frase de contraseña: Groundwork la pide al abrir esta consulta.
doc-practice-backup-passphrases-differ = Las dos frases de contraseña no coinciden; no se escribió nada.
doc-practice-backed-up = Copia de seguridad de { $count ->
    [one] 1 archivo
   *[other] { $count } archivos
} ({ $size } MB) en { $file }, leída de nuevo: está completa.
doc-practice-no-restore-into-demo = Una copia de seguridad no se restaura en la consulta de ejemplo.
doc-practice-restored = { $count ->
    [one] 1 archivo restaurado
   *[other] { $count } archivos restaurados
} desde { $file }: { $couples ->
    [one] 1 pareja
   *[other] { $couples } parejas
}.
doc-practice-never-backed-up = Nunca se ha hecho una copia de seguridad de esta consulta.
doc-practice-backup-old = La última copia de seguridad tiene { $days } días.
doc-practice-session-running = Ya hay una sesión en curso; termínela antes de empezar otra.
doc-practice-couple-gone = Esa pareja ya no está en la consulta.
doc-practice-no-protocol = El protocolo «{ $id }» no está disponible.
doc-practice-choose-partner = { $protocol } es con un solo miembro de la pareja: elija primero con quién.
doc-practice-joint-session = { $protocol } es una sesión conjunta; para un solo miembro de la pareja, elija la sesión individual.
doc-practice-session-number = Sesión { $number }
doc-practice-open-elsewhere = { $session } está abierta en { $on }, así que aquí es solo de lectura; tómela solo si Groundwork ya no se está ejecutando en ese ordenador.
doc-practice-no-session = No hay ninguna sesión abierta.
doc-practice-exports-folder = carpeta de exportaciones de { $couple }
doc-practice-home-folder = ~ (su carpeta personal)
doc-practice-no-documents-folder = Este ordenador no tiene carpeta de documentos; elija dónde guardar.
doc-practice-too-many-copies = { $folder } ya contiene demasiadas copias de este documento.
doc-practice-no-progress-yet = Aún no hay ninguna sesión, así que no hay evolución que imprimir.
doc-practice-inside-protected = { $file } está dentro de la carpeta de la consulta protegida, donde no se guarda nada legible; guarde el PDF en otro sitio, por ejemplo en su carpeta de documentos.
doc-practice-no-folder = La carpeta { $folder } no existe; elija otro lugar.
doc-practice-already-there = { $file } ya existe; elija otro nombre.

## La sesión: por qué se rechaza un paso
doc-refuse-day-at = { $date } a las { $time }
doc-refuse-timeout-ran-out = El tiempo fuera terminó a las { $time }; pida uno nuevo si la pareja necesita más tiempo.
doc-refuse-session-ended = La sesión ha terminado; solo se pueden cambiar aún las notas.
doc-refuse-signed-addendum = Las notas se firmaron el { $when }; añada en su lugar una adenda con fecha.
doc-refuse-last-phase = Esta es la última fase; termine la sesión cuando esté listo o lista.
doc-refuse-no-phase = No hay fase { $number }; esta sesión tiene { $count }.
doc-refuse-not-to-review = Ese acuerdo no está entre los acuerdos por revisar.
doc-refuse-rating = La valoración de bienvenida va de 0 a 10.
doc-refuse-csi-question = Las preguntas de satisfacción van numeradas del 1 al 4.
doc-refuse-csi-answer = Esa respuesta no es una de las respuestas de la pregunta.
doc-refuse-no-other-rules = Este protocolo no tiene otro conjunto de reglas básicas.
doc-refuse-no-card = Esa tarjeta no forma parte de este protocolo.
doc-refuse-too-many-rules = Una pareja puede tener como máximo { $count } reglas básicas.
doc-refuse-rule-twice = Esa regla ya está en la lista.
doc-refuse-confirming = { $speaker } está confirmando la paráfrasis: elija «correcto» o «no del todo».
doc-refuse-still-speaking = { $speaker } aún está hablando; después { $listener } parafrasea y luego { $speaker } confirma.
doc-refuse-still-paraphrasing = { $listener } aún está parafraseando; cuando termine, pulse Siguiente y { $speaker } confirma.
doc-refuse-already-confirmed = { $speaker } ya confirmó; { $listener } está terminando como quien escucha, luego pulse Siguiente.
doc-refuse-not-quite-when = «No del todo» viene después de la paráfrasis de { $listener }.
doc-refuse-already-paused = El temporizador ya está en pausa.
doc-refuse-not-paused = El temporizador no está en pausa.
doc-refuse-confirming-untimed = La confirmación no tiene tiempo límite, así que no hay nada que ampliar.
doc-refuse-step-untimed = Este paso no tiene tiempo límite, así que no hay nada que ampliar.
doc-refuse-stage-max = Una etapa o un paso puede durar como máximo { $length }.
doc-refuse-no-steps = Esta fase no tiene pasos guiados.
doc-refuse-first-step = Este es el primer paso.
doc-refuse-last-step = Este es el último paso; pase a la siguiente fase cuando esté listo o lista.
doc-refuse-phase-no-steps = Esa fase no tiene pasos guiados.
doc-refuse-no-step = Ese paso no existe.
doc-refuse-timeout-running = Ya hay un tiempo fuera en curso; termínelo o amplíelo.
doc-refuse-no-timeout = No hay ningún tiempo fuera en curso.
doc-refuse-timeout-max = Un tiempo fuera puede durar como máximo { $length }.
doc-refuse-nothing-to-undo = No hay nada que deshacer en esta fase; deshacer llega como mucho hasta el inicio de la fase.
doc-refuse-nothing-to-redo = No hay nada que rehacer: rehacer revierte un deshacer, hasta que se da el siguiente paso.
doc-refuse-too-many-agreements = Una sesión puede tener como máximo { $count } acuerdos; menos acuerdos, y más pequeños, funcionan mejor.
doc-refuse-earlier-agreement = Aquí solo se pueden cambiar los acuerdos tomados en esta sesión; los anteriores se revisan (y se pueden finalizar) en la bienvenida.
doc-refuse-no-section = No hay ningún apartado de notas llamado «{ $section }».
doc-refuse-next-before = La próxima sesión no puede ser antes que esta.
doc-refuse-nobody-present = Al menos un miembro de la pareja estuvo en la sesión.
doc-refuse-already-signed = Las notas ya están firmadas, por { $by } el { $when }.
doc-refuse-sign-after-end = Termine la sesión antes de firmar sus notas.
doc-refuse-sign-no-name = Añada su nombre en Ajustes para firmar las notas.
doc-refuse-addendum-unsigned = Las notas aún no están firmadas: cámbielas directamente. Una adenda es para notas firmadas.
doc-refuse-addendum-empty = Escriba primero la adenda.
doc-refuse-one-way-pass = En esta fase { $speaker } tiene la palabra todo el tiempo y { $listener } escucha; la palabra no pasa.
doc-refuse-one-way = En esta fase { $speaker } tiene la palabra todo el tiempo y { $listener } escucha.
doc-refuse-go-to-dialogue = Esta fase no tiene turnos de quien habla y quien escucha; vaya a «{ $phase }» (fase { $number }) para empezar uno.
doc-refuse-no-dialogue = Este protocolo no tiene una fase de quien habla y quien escucha.
doc-refuse-in-timeout = Hay un tiempo fuera en curso hasta las { $time }; siga cuando la pareja vuelva, o termine antes el tiempo fuera.
doc-refuse-timer-stopped-by-timeout = Hay un tiempo fuera en curso; el temporizador ya está parado y vuelve a correr cuando termine el tiempo fuera.
doc-refuse-no-turn = Nadie tiene la palabra; empiece primero un turno.
doc-refuse-no-timer = No hay ningún temporizador en marcha en esta fase.
doc-refuse-rule-gone = Esa regla básica ya no está en la lista.
doc-refuse-extra-not-positive = El tiempo adicional debe ser mayor que cero; se pidió { $asked }.
doc-refuse-extra-too-long = El tiempo adicional puede ser como máximo { $most } de una vez; se pidió { $asked }.
doc-refuse-timeout-length = Un tiempo fuera dura entre { $least } y { $most }; se pidió { $asked }.
doc-refuse-no-day = Elija al menos un día de la semana.
doc-refuse-review-past = La fecha de revisión no puede estar en el pasado.

## La carpeta de datos: lo que no se pudo escribir, y qué hacer
# Lo que no se pudo hacer, en la forma que usan doc-store-full, -name-too-long y -failed («No se pudo …»).
doc-store-done-created = crear
doc-store-done-opened = abrir
doc-store-done-read = leer
doc-store-done-saved = guardar
doc-store-done-synced = escribir en el disco
doc-store-done-repaired = reparar
doc-store-full-append = El disco está lleno, así que el último paso no se registró en { $file }; libere espacio en el disco y vuelva a hacerlo (todo lo registrado antes está a salvo).
doc-store-full = El disco está lleno, así que no se pudo { $done } { $file }; libere espacio en el disco y vuelva a intentarlo (todo lo guardado antes está a salvo).
doc-store-name-too-long = No se pudo { $done } { $file } porque su nombre es demasiado largo para el disco; elija un nombre o una carpeta más cortos y vuelva a intentarlo.
doc-store-not-allowed = Groundwork no tiene permiso para escribir en { $file }; compruebe que la carpeta es suya y no es de solo lectura (o elija otra carpeta de datos con --data-dir) y vuelva a intentarlo.
doc-store-failed = No se pudo { $done } { $file } ({ $error }); compruebe que el disco está conectado y funciona, y vuelva a intentarlo (todo lo guardado antes está a salvo).
doc-store-already-exists = { $file } ya existe, así que Groundwork no lo sobrescribirá; use otro número de sesión, o saque ese archivo de la carpeta y vuelva a intentarlo.
doc-store-bad-couple-id = «{ $id }» no puede usarse como nombre de carpeta de una pareja (solo letras, cifras, «-» y «_», 64 como máximo): es un error de Groundwork, por favor, notifíquelo.
doc-store-not-text = No se pudo guardar { $file } porque su contenido no se pudo escribir como texto ({ $message }): es un error de Groundwork, por favor, notifíquelo.
doc-store-journal-broken = Ya no se puede escribir con seguridad en { $file } tras un error anterior; cierre la sesión y ábrala de nuevo para continuar (todo lo guardado antes está a salvo).
doc-store-changed = { $file } cambió mientras Groundwork lo reparaba, así que se dejó como estaba; compruebe que Groundwork no está abierto dos veces y vuelva a abrir la sesión.
doc-store-locked = Groundwork ya está abierto en esta consulta ({ $folder }) { $place }; use esa ventana, o cierre Groundwork allí y vuelva a intentarlo (no se cambió nada).
doc-store-needs-passphrase = La consulta de { $folder } está protegida con una frase de contraseña: desbloquéela primero (no se leyó ni se cambió nada).
doc-store-changed-elsewhere = Otro programa cambió { $file } (¿está Groundwork abierto dos veces?), así que el último paso no se registró y el archivo se dejó como estaba; cierre el otro Groundwork y vuelva a abrir la sesión (todo lo registrado antes está a salvo).
