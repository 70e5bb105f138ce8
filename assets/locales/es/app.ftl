# Las pantallas de la aplicación en el idioma del terapeuta: inicio, página de la pareja,
# pantalla de bloqueo, teclas, cuadros de diálogo.

## Títulos de las ventanas y lo que un lector de pantalla dice de ellas
app-title-locked = Groundwork (bloqueado)
app-title-sample = Groundwork — consulta de ejemplo
app-display-title = Groundwork — para la pareja
app-display-mirror = Pantalla de la pareja, en su propia ventana
app-display-answering = { $name } está respondiendo cuatro preguntas

## Palabras que se usan en muchos sitios
app-settings = Ajustes
app-cancel = Cancelar
app-not-now = Ahora no
app-all-couples = Todas las parejas
app-dismiss = Ocultar
app-open-to-print = Abrir para imprimir

## El mensaje al pie de la ventana
app-couple-language-set = Idioma de su pantalla y de su hoja de tareas a partir de ahora: { $language }.
app-couple-added = Pareja añadida: { $name }.
app-demo-opening = La consulta de ejemplo se está abriendo en su propia ventana. Su consulta sigue aquí, intacta.
app-demo-failed = No se pudo abrir la consulta de ejemplo: { $error }.
app-session-torn = La última línea de esta sesión quedó cortada cuando Groundwork se detuvo; se guardó en { $file } y todo lo anterior está aquí.
app-version-kept = Conservada. La otra versión está en la carpeta de conflictos, por si alguna vez hace falta.
app-passphrase-changed = La frase de contraseña se ha cambiado. A partir de ahora, use la nueva.
app-open-failed = No se pudo abrir { $file }: { $error }
app-settings-saved = Ajustes guardados.
app-clinical-saved = Los datos clínicos están guardados.
app-screening-saved = El cribado de { $name } está guardado.
app-confidentiality-saved = El acuerdo de confidencialidad está guardado.
app-timeout-over = El tiempo fuera ha terminado; el turno sigue donde se detuvo.
app-saved-notes = Las notas de la sesión están guardadas ({ $pages ->
        [one] { $pages } página
       *[other] { $pages } páginas
    }): { $path }
app-saved-notes-timeline = Las notas de la sesión con la cronología están guardadas ({ $pages ->
        [one] { $pages } página
       *[other] { $pages } páginas
    }): { $path }
app-saved-homework = La hoja de tareas está guardada ({ $pages ->
        [one] { $pages } página
       *[other] { $pages } páginas
    }): { $path }
app-saved-progress = El informe de evolución está guardado ({ $pages ->
        [one] { $pages } página
       *[other] { $pages } páginas
    }): { $path }

## Los cuadros de diálogo de archivos del sistema
app-backup-dialog-title = Hacer una copia de seguridad de la consulta
app-restore-dialog-title = Restaurar una copia de seguridad

## «Guardar como»: dónde va un PDF
app-save-notes = Guardar las notas de la sesión
app-save-notes-timeline = Guardar las notas de la sesión con la cronología
app-save-homework = Guardar la hoja de tareas
app-save-folder = Carpeta
app-save-file-name = Nombre del archivo
app-save-hint = El PDF se abre en su visor para imprimirlo. «Otro lugar…» abre el cuadro Guardar de este equipo.
app-save-hint-no-dialog = El PDF se abre en su visor para imprimirlo. Para guardarlo en otro sitio, escriba la ruta completa como nombre del archivo (este equipo no muestra un cuadro Guardar: xdg-desktop-portal o zenity lo harían).
app-save-choosing = Elija el lugar en el cuadro de diálogo del sistema…
app-save-taken = Ya hay un archivo con ese nombre.
app-save-replace = Reemplazarlo
app-save-keep-both = Conservar ambos
app-save = Guardar
app-save-name-first = Escriba primero un nombre para el archivo.
app-save-elsewhere = Otro lugar…
app-save-no-dialog = Este equipo no muestra un cuadro Guardar: escriba la ruta completa como nombre del archivo.

## La pantalla de bloqueo y el desbloqueo
app-locked-line = Groundwork está bloqueado. Escriba la frase de contraseña para continuar; la sesión sigue en marcha.
app-unlock-line = Esta consulta está protegida. Escriba su frase de contraseña para abrirla.
app-unlock-keychain = Escriba la frase de contraseña: { $why }.
app-unlock-empty = Escriba primero la frase de contraseña de la consulta.
app-unlock-hint = frase de contraseña
app-unlock-passphrase = Frase de contraseña
app-unlock-remember = Recordar en este equipo
app-unlock-remember-hover = El llavero de este equipo guarda la clave: Groundwork abre aquí esta consulta sin preguntar. Vuelve a preguntar después de bloquearse, y en cualquier otro equipo.
app-unlock = Desbloquear
app-unlock-folder = Carpeta de la consulta: { $folder }
app-opening = Abriendo la consulta…
app-opening-failed = No se pudo abrir la consulta. Cierre esta ventana; no se cambió nada en ella.
app-opening-failed-fault = Groundwork se detuvo al leer la consulta. Vuelva a iniciarlo; los archivos de la carpeta de la consulta siguen como estaban.

## Inicio
app-home-sample = consulta de ejemplo · sin frase de contraseña
app-lock = Bloquear
app-lock-hover = Ocultarlo todo hasta que se vuelva a escribir la frase de contraseña
app-home-protect-reminder = Antes de la primera pareja: proteja esta consulta con una frase de contraseña, para que un portátil perdido o una carpeta copiada no muestren nada.
app-home-protect-now = Protegerla (Ajustes)
app-home-back-up-now = Hacer copia ahora (Ajustes)
app-home-open-elsewhere = { $name }: hay una sesión abierta en { $computer }
app-home-read-only = Aquí es de solo lectura mientras esté abierta allí.
app-home-open-page = Abrir la página de { $name }
app-home-left-open = { $name }: la sesión { $number } sigue abierta
app-home-left-open-note = Salió de ella sin terminarla; sus temporizadores están como los dejó.
app-home-still-open = { $name }: hay una sesión que sigue abierta
app-home-still-open-note = Groundwork se cerró antes de que terminara. No se ha perdido nada.
app-home-resume = Reanudar la sesión de { $name }
app-home-welcome = Le damos la bienvenida a Groundwork
app-home-begin = Añada abajo la primera pareja para empezar. Todo se queda en este equipo.
app-home-new-here = ¿Es la primera vez? Eche antes un vistazo a una consulta de ejemplo:
app-home-open-sample = Abrir la consulta de ejemplo
app-home-sample-note = Se abre en su propia ventana, en una carpeta temporal: su consulta sigue aquí, intacta.
app-home-search = Buscar parejas
app-home-search-hint = nombre de un miembro de la pareja
app-home-no-match = Ninguna pareja coincide con «{ $search }».
app-home-couples = Parejas
app-home-column-couple = Pareja
app-home-column-last = Última sesión
app-home-column-agreements = Acuerdos en curso
app-home-no-sessions = aún sin sesiones
app-problems-title = Algunos archivos no se pudieron leer

## La primera vez: sobre la consulta
app-setup-title = Primero, sobre su consulta
app-setup-note = Aparece en las notas de la sesión y en la hoja de tareas de la pareja. Puede cambiarlo todo más tarde en Ajustes.
app-setup-practice = Nombre de la consulta
app-setup-practice-hint = por ejemplo, Consulta de Pareja del Puerto
app-setup-name = Su nombre
app-setup-name-hint = tal como firma las notas
app-setup-credentials = Titulación
app-setup-credentials-hint = por ejemplo, psicóloga clínica
app-setup-paper = Tamaño del papel
app-setup-save = Guardar y continuar
app-setup-later = Más tarde

## Añadir una pareja
app-add-title = Añadir una pareja
app-add-first = Primer miembro
app-add-second = Segundo miembro
app-add-name-hint = nombre
app-add-button = Añadir pareja

## Dos versiones de un archivo que conservó un servicio de sincronización
# $what con su preposición: «del expediente de Emma & Sophie» (store-versions-of-…)
app-versions-title = Dos versiones { $what }
app-versions-why = { $engine } conservó ambas porque dos equipos modificaron el archivo a la vez. Conserve la correcta; la otra se mueve a la carpeta de conflictos, no se borra.
app-versions-sessions = Las sesiones registradas en cualquiera de las dos versiones se conservan: vienen de las propias sesiones.
app-versions-in-use = En uso
app-versions-keep-in-use = Conservar la versión en uso
app-versions-other = La otra versión
app-versions-keep-other = Conservar la otra versión
app-versions-changed = modificada el { $when }
app-versions-same = Igual en ambas: { $fields }.

## La página de una pareja
app-couple-gone = Esta pareja ya no está en la consulta.
app-couple-language = Idioma de la pareja
app-couple-their-language = Idioma de la pareja
app-couple-next-session = próxima sesión: { $date }
app-couple-safety = Seguridad y confidencialidad · { $summary }
app-couple-rules = Reglas básicas
app-couple-rules-none = Se acuerdan en la primera sesión.
app-couple-rule-sessions-only = solo en las sesiones
app-couple-rule-agreed = acordada el { $date }
app-couple-agreements = Acuerdos
app-couple-agreements-none = Ninguno todavía.
app-couple-both = Los dos
app-couple-stopped = (finalizado)
app-couple-agreement-line = { $who } · { $when } · desde la sesión { $session }
app-review = { $date }: { $outcome }
app-review-done = cumplido
app-review-partly = en parte
app-review-not-done = no cumplido
app-couple-show-all = { $count ->
        [one] Mostrar el acuerdo
       *[other] Mostrar los { $number } acuerdos
    }
app-couple-progress = Evolución
app-couple-progress-pdf = Informe de evolución (PDF)
app-couple-progress-pdf-hover = Estos gráficos, las cifras y las revisiones de cada acuerdo, impresos en la carpeta de exportaciones de la pareja. No incluye nada de un cribado ni de una sesión individual.

## Los datos clínicos
app-clinical-title = Datos clínicos
app-clinical-note = Opcional. Aparecen en las notas de las sesiones a partir de ahora.
app-clinical-record-number = N.º de historia de { $name }
app-clinical-born = Fecha de nacimiento de { $name }
app-clinical-date-hint = AAAA-MM-DD
app-clinical-diagnosis = Código diagnóstico
app-clinical-diagnosis-what = el código diagnóstico
app-clinical-service = Servicio habitual
app-clinical-modality = Modalidad habitual
app-clinical-save = Guardar los datos clínicos
app-clinical-born-range = La fecha de nacimiento de { $name } debe estar entre 1900 y hoy.
app-clinical-born-format = La fecha de nacimiento de { $name } se escribe AAAA-MM-DD, por ejemplo 1988-05-03.
app-clinical-not-saved = No se guardó. { $problems }

## Empezar una sesión
app-start-still-open = La sesión { $number } sigue abierta
app-start-resume = Reanudar la sesión
app-start-protocol = Protocolo
app-start-alone = Empezar a solas con { $name }
app-start-session = Empezar la sesión
app-start-before = Antes de empezar
app-start-anyway = Empezar de todos modos
app-start-template = { $summary } · unos { $minutes } minutos · { $source }

## Una sesión abierta en otro equipo
app-elsewhere-title = La sesión { $number } está abierta en { $computer }
app-elsewhere-read-only = Aquí es de solo lectura, para que no se sobrescriba nada de lo que se escriba en { $computer }. Sus notas y tareas se pueden imprimir igualmente abajo.
app-take-over = Tomar la sesión { $number }…
app-take-over-hover = Solo cuando Groundwork ya no esté abierto en { $computer }
app-take-over-question = ¿Está Groundwork cerrado en { $computer }, o ya no existe ese equipo? Si sigue abierto allí, lo que se escriba allí a partir de ahora se guardará aparte y habrá que combinarlo a mano.
app-take-over-here = Tomarla en este equipo

## Las sesiones de la pareja
app-sessions = Sesiones
app-sessions-none = Aún no hay sesiones.
app-sessions-column-session = Sesión
app-sessions-column-date = Fecha
app-sessions-column-protocol = Protocolo
app-sessions-column-length = Duración
app-sessions-column-turns = Turnos
app-sessions-column-talk = Tiempo de palabra
app-sessions-column-timeouts = Tiempos fuera
app-sessions-column-open = Abrir e imprimir
app-sessions-signed = firmada
app-sessions-draft = borrador
app-sessions-draft-hover = Abra la sesión para firmar sus notas
app-sessions-unreadable = no se pudo leer (ver abajo)
app-sessions-individual = Sesión individual: { $name }
app-sessions-open-on = abierta en { $computer }
app-sessions-in-progress = en curso
app-sessions-open = Abrir la sesión { $number }
app-sessions-notes-pdf = Notas (PDF)
app-sessions-homework-pdf = Tareas (PDF)
app-sessions-notes-pdf-hover = Imprimir las notas de la sesión { $number } en la carpeta de exportaciones de la pareja
app-sessions-homework-pdf-hover = Imprimir la hoja de tareas de la sesión { $number } en la carpeta de exportaciones de la pareja
app-sessions-pdf-name = { $label }, sesión { $number }

## Fechas (strftime de chrono)
app-date-session = %a %-d %b %Y
app-date-next-session = %a %-d %b
app-date-changed = %a %-d %b %Y, %H:%M
app-date-calendar-day = %A %-d de %B de %Y
app-date-calendar-month = %B de %Y

## El calendario junto a un campo de fecha
app-calendar = Calendario…
app-calendar-name = { $field }: elegir en un calendario
app-calendar-before = Mes anterior
app-calendar-after = Mes siguiente
app-calendar-mon = lu
app-calendar-tue = ma
app-calendar-wed = mi
app-calendar-thu = ju
app-calendar-fri = vi
app-calendar-sat = sá
app-calendar-sun = do

## Lo que oye un lector de pantalla de una cuenta atrás
app-a11y-seconds = { $count ->
        [one] { $count } segundo
       *[other] { $count } segundos
    }
app-a11y-minutes = { $count ->
        [one] { $count } minuto
       *[other] { $count } minutos
    }
app-a11y-minutes-seconds = { $minutes } y { $seconds }
app-a11y-left = tiempo restante: { $time }
app-a11y-time-up = se acabó el tiempo
app-a11y-over = tiempo excedido en { $time }
app-a11y-so-far = tiempo transcurrido: { $time }
app-a11y-paused = en pausa

## La ayuda de las teclas: qué hace cada tecla (los nombres de las teclas: app-keyname-*)
app-key-next = Siguiente etapa del diálogo, según el protocolo (hablar, parafrasear o reflejar, confirmar; después, si corresponde, resumen, validación, empatía); en la confirmación, «correcto». En los pasos guiados: el paso siguiente.
app-key-not-quite = «No del todo»: de vuelta a la paráfrasis.
app-key-pass-floor = Pasar la palabra al otro miembro de la pareja cuando quien habla esté listo; si el protocolo lo prevé, quien escucha primero valida e imagina los sentimientos (cuando un solo miembro tiene la palabra todo el tiempo, solo eso).
app-key-pause = Pausar o reanudar el temporizador.
app-key-extend = 30 segundos más para esta etapa o este paso.
app-key-timeout = Tiempo fuera: todos los temporizadores se detienen al instante; después, elija quién lo pidió y por qué. Durante un tiempo fuera: terminarlo antes (se le pregunta primero).
app-key-quick-note = Escribir una nota rápida, con la hora.
app-key-next-phase = Ver la fase siguiente del plan; la sesión se queda donde está.
app-key-previous-phase = Ver la fase anterior; la sesión se queda donde está.
app-key-move-here = Llevar la sesión a la fase que está viendo (se pregunta primero si hay un turno en marcha).
app-key-display = Abrir o cerrar la pantalla de la pareja.
app-key-fullscreen = En la pantalla de la pareja: pantalla completa, o volver a la ventana.
app-key-undo = Deshacer el último paso (otra vez para el anterior, hasta el inicio de la fase).
app-key-redo = Rehacer: anular el último deshacer (hasta que se dé el siguiente paso).
app-key-redo-y = Rehacer, como Ctrl+Mayús+Z.
app-key-print = Imprimir las notas de la sesión (PDF).
app-key-search = En la pantalla de inicio: buscar parejas.
app-key-timeout-choice = En el cuadro del tiempo fuera: quién lo pidió y por qué.
app-key-confirm = Sí a la pregunta en pantalla (terminar la sesión, terminar antes un tiempo fuera, …).
app-key-cancel = Cerrar un cuadro de diálogo sin hacer nada (en el del tiempo fuera: al final, sin tiempo fuera). En la pantalla de la pareja: salir de la pantalla completa.
app-key-help = Mostrar u ocultar esta lista.

## Las teclas, como las nombra el teclado
app-keyname-ctrl = Ctrl
app-keyname-shift = Mayús
app-keyname-space = Espacio
app-keyname-right = Flecha derecha
app-keyname-left = Flecha izquierda
app-keyname-enter = Intro
app-keyname-esc = Esc
app-keyname-f-display = F (pantalla de la pareja)
