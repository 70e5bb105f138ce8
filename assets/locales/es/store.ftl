# Lo que la carpeta de datos dice al terapeuta: un archivo que no se pudo leer (y que se dejó
# como estaba), una copia que conservó un programa de sincronización, una frase de contraseña,
# una copia de seguridad, el llavero. $file y $folder son rutas; $error, las palabras del sistema.

## Un archivo que no se pudo leer ($message dice qué falla, con las palabras de abajo)
store-problem = No se pudo leer { $file }: { $message }; Groundwork lo ha dejado sin tocar, así que restáurelo desde una copia de seguridad o corríjalo en un editor de texto.
store-problem-at = No se pudo leer { $file } (línea { $line }, columna { $column }): { $message }; Groundwork lo ha dejado sin tocar, así que restáurelo desde una copia de seguridad o corríjalo en un editor de texto.
# Cuando $message ya dice qué hacer.
store-problem-advising = No se pudo leer { $file }, así que Groundwork lo ha dejado sin tocar: { $message }.
store-problem-advising-at = No se pudo leer { $file } (línea { $line }, columna { $column }), así que Groundwork lo ha dejado sin tocar: { $message }.

## Qué falla en un archivo (cada frase sigue a «No se pudo leer …:»)
store-ron-eof = el texto termina demasiado pronto, como si se hubiera cortado
store-ron-trailing = hay más texto después del final
store-ron-number-range = este número es demasiado grande o demasiado pequeño para significar algo aquí
store-ron-too-deep = los paréntesis están anidados a mucha más profundidad de la que necesita cualquier archivo de Groundwork
store-sealed-changed = se ha modificado fuera de Groundwork (ya no se abre con la clave de esta consulta)
store-sealed-locked = está sellado con la frase de contraseña de una consulta, y esa consulta está bloqueada; desbloquéela primero
store-not-sealed = se ha modificado fuera de Groundwork (no está sellado, aunque todos los archivos de esta consulta protegida lo están)
store-too-large = ocupa más de { $megabytes } MB, mucho más que cualquier archivo que escriba Groundwork; probablemente no es un archivo de Groundwork
# $kind: uno de los mensajes store-kind-…
store-special-file = es { $kind }, no un archivo normal; sáquelo de la carpeta de datos y vuelva a poner el archivo desde una copia de seguridad
store-kind-pipe = una tubería (FIFO)
store-kind-socket = un socket
store-kind-device = un dispositivo
store-kind-special = algo especial
store-link-outside = es un enlace a un archivo fuera de la carpeta de datos, que Groundwork ni sigue ni modifica; ponga el propio archivo en la carpeta en lugar del enlace
store-folder-not-file = es una carpeta, no un archivo; mueva esa carpeta a otro sitio y después vuelva a poner el archivo desde una copia de seguridad
store-missing = el archivo no existe
store-not-allowed-to-read = Groundwork no tiene permiso para leerlo; compruebe que le pertenece y que puede leerlo
store-disk-refused = el disco no lo devolvió ({ $error })
store-empty = el archivo está vacío
store-binary = no es un archivo de texto (contiene datos binarios); puede estar dañado o ser otro tipo de archivo
store-not-utf8 = no es texto UTF-8; puede estar dañado o haberse guardado con otra codificación
store-newer-schema = lo escribió una versión más reciente de Groundwork (esquema { $schema }; esta versión lee hasta el { $reads }); actualice Groundwork para abrirlo
# Por qué no se pudo crear una carpeta: hay un archivo en su lugar.
store-file-in-the-way = ya hay un archivo con ese nombre

## Archivos de sesión
store-journal-header-too-long = su primera línea es mucho más larga que la cabecera de una sesión, así que no es un archivo de sesión de Groundwork o está muy dañado
store-journal-empty = el archivo de sesión está vacío
store-journal-no-header = al archivo de sesión le falta una primera línea completa (su cabecera); se cortó mientras se creaba
store-journal-line-changed = esta línea se ha modificado fuera de Groundwork (ya no se abre con la clave de esta consulta)
store-journal-line-not-sealed = esta línea se ha modificado fuera de Groundwork (no está sellada, aunque todas las líneas de esta consulta protegida lo están)
store-journal-header-not-utf8 = la primera línea (la cabecera) no es texto UTF-8; el archivo puede estar dañado o no ser una sesión de Groundwork
store-journal-line-not-utf8 = esta línea no es texto UTF-8; el archivo está dañado
# $why: qué falla en la entrada, como arriba o con las palabras del formato de archivo.
store-journal-entry-damaged = la entrada de esta línea está dañada ({ $why })
store-journal-entry-too-long = una entrada no cabía en una sola línea
store-journal-name = su nombre no sigue el patrón 0003-2026-11-22.journal (número de sesión, fecha y quizá la etiqueta de un equipo, como en 0003-2026-11-22-k7q2mf.journal), así que no aparece en la lista; cámbiele el nombre para que coincida
# Una segunda copia de un archivo de sesión que conservó un programa de sincronización ($engine).
store-journal-copy = { $copy } es una segunda copia del archivo de sesión { $original }, que { $engine } conservó porque dos equipos lo modificaron a la vez; Groundwork añade sus entradas a { $original } la próxima vez que la consulta se abra en la aplicación sin esa sesión abierta, y después mueve la copia a la carpeta de conflictos.
store-journal-torn-not-merged = { $journal } termina con una línea cortada por un cierre inesperado, así que su segunda copia { $copy } aún no se ha combinado; abra esa sesión una vez en Groundwork (así se aparta la línea cortada) y la copia se combinará la próxima vez que se abra la consulta.
store-journal-other-session = { $copy } lleva el nombre de una copia de { $journal }, pero es la sesión { $copy_number } de la pareja { $copy_couple }, mientras que la otra es la sesión { $number } de la pareja { $couple }; por eso no se combinó y ambos archivos quedan como están.
# $name: el nombre de archivo que hay que dar a la segunda.
store-journal-two-sessions = { $copy } y { $journal } son dos sesiones distintas a las que dos equipos dieron el número { $number }, así que no se combinaron y ambos archivos quedan como están; para que la segunda aparezca como una sesión propia, cámbiele el nombre a { $name }.
store-journal-changed-while-merging = { $journal } cambió mientras se combinaba su segunda copia { $copy }, así que aún no se combinó nada; se volverá a intentar la próxima vez que se abra la consulta.

## Las carpetas de las parejas
store-couple-folder-name = este nombre de carpeta no es de los que Groundwork da a una pareja (debería parecerse a c-20261122-200301-3f9a); si se le cambió el nombre, devuélvale el anterior
store-couple-wrong-folder = el archivo pertenece a la pareja «{ $couple }», pero está en la carpeta «{ $folder }»; si la carpeta se copió o se le cambió el nombre, devuélvale el anterior
store-folder-name-not-text = el nombre de esta carpeta no es un texto válido; Groundwork nunca crea un nombre así, así que devuélvale el anterior
store-couple-missing = falta el archivo, pero la carpeta tiene { $count ->
    [one] { $count } archivo de sesión
   *[other] { $count } archivos de sesión
}; restaure couple.ron desde una copia de seguridad

## Dos versiones de couple.ron o settings.ron que conservó un programa de sincronización ($engine)
# $what: uno de los mensajes store-versions-of-…; $name: el archivo que usa Groundwork.
store-two-versions = { $copy } y { $original } son dos versiones { $what }, que { $engine } conservó porque dos equipos modificaron el archivo a la vez; Groundwork usa { $name } y no ha modificado ni eliminado ninguna de las dos, así que elija la versión que desea conservar (la otra se mueve a la carpeta de conflictos).
# De qué hay dos versiones, como lo dicen app-versions-title y store-two-versions («Dos versiones …»).
store-versions-of-this-record = del expediente de esta pareja
store-versions-of-settings = de los ajustes de la consulta
store-versions-of-record = del expediente de { $names }
store-versions-of-a-record = del expediente de una pareja
store-not-a-second-version = { $file } no es una segunda versión de couple.ron ni de settings.ron, así que no se cambió nada.

## Plantillas ($phase: store-template-phase)
store-template-empty = el archivo está vacío; una plantilla empieza con «(» e indica su esquema, su identificador, su nombre y sus fases
store-template-newer = la escribió una versión más reciente de Groundwork (esquema { $schema }; esta versión lee hasta el { $reads }); actualice Groundwork
store-template-comma = aquí falta una coma
store-template-id-taken = el identificador «{ $id }» ya lo usa { $file }, así que esta plantilla no se cargó; dé a una de las dos un identificador distinto
store-templates-folder-missing = la carpeta de plantillas no existe
store-templates-folder-not-allowed = Groundwork no tiene permiso para abrir la carpeta de plantillas; compruebe sus permisos
store-templates-folder-is-file = esto es un archivo, no una carpeta
store-templates-folder-unopened = no se pudo abrir la carpeta de plantillas ({ $error })
store-templates-folder-unlisted = no se pudo listar el contenido de la carpeta de plantillas ({ $error })
store-template-no-id = la plantilla no tiene identificador
store-template-no-name = la plantilla no tiene nombre
store-template-no-phases = la plantilla no tiene fases
store-template-session-only = «{ $rule }» está marcada solo para la sesión, pero no es una de las reglas básicas
store-template-phase = la fase { $number } («{ $title }»)
store-template-phase-no-title = la fase { $number } no tiene título
# $kind: el tipo de fase, como lo nombra la aplicación.
store-template-needs-both = { $phase } es una fase de tipo «{ $kind }», que necesita a los dos miembros de la pareja; una sesión individual solo tiene pasos guiados y un cierre
store-template-no-steps = { $phase } no tiene pasos
store-template-step-no-title = el paso { $step } de la fase { $number } no tiene título
# $step: un paso de quien escucha, como lo nombra el archivo (Paraphrase, Mirror, Summary, Validation, Empathy).
store-template-no-listener-steps = { $phase } no tiene pasos para quien escucha
store-template-listener-first = { $phase } hace empezar a quien escucha con { $step }; el primer paso de quien escucha repite lo que ha oído: Paraphrase, Mirror o Summary
store-template-listener-only-first = { $phase } tiene { $step } como paso { $number } de quien escucha; solo puede ser el primero
store-template-listener-twice = { $phase } incluye dos veces el paso { $step } de quien escucha
# Las palabras de una plantilla en otro idioma ($translation: uno de los mensajes store-translation-…).
store-template-english-translation = las palabras en inglés son la propia plantilla, no una traducción
store-translation-de = la traducción al alemán
store-translation-fr = la traducción al francés
store-translation-es = la traducción al español
store-template-translation-phases = { $translation } tiene { $theirs ->
    [one] { $theirs } fase
   *[other] { $theirs } fases
}; el inglés tiene { $ours }
store-template-translation-rules = { $translation } tiene { $theirs ->
    [one] { $theirs } regla básica
   *[other] { $theirs } reglas básicas
}; el inglés tiene { $ours }
store-template-translation-suggestions = { $translation } tiene { $theirs ->
    [one] { $theirs } sugerencia
   *[other] { $theirs } sugerencias
}; el inglés tiene { $ours }
store-template-translation-cards = { $translation } tiene { $theirs ->
    [one] { $theirs } tarjeta
   *[other] { $theirs } tarjetas
}; el inglés tiene { $ours }
store-template-translation-steps = { $translation } de { $phase } tiene { $theirs ->
    [one] { $theirs } paso
   *[other] { $theirs } pasos
}; el inglés tiene { $ours }
store-template-translation-blank = { $translation } de { $phase } deja vacío un título o una indicación
store-template-translation-card-lines = { $translation } de la tarjeta { $number } («{ $title }») tiene { $theirs ->
    [one] { $theirs } línea
   *[other] { $theirs } líneas
}; el inglés tiene { $ours }
store-template-translation-rule-count = { $translation } de «{ $set }» tiene { $theirs ->
    [one] { $theirs } regla
   *[other] { $theirs } reglas
}; el inglés tiene { $ours }
store-template-translation-other-rules = { $translation } tiene otras reglas básicas; el inglés no tiene ninguna

## La frase de contraseña y el llavero
store-vault-damaged = los ajustes de clave de la consulta (vault.ron) están dañados
store-vault-file-damaged = vault.ron está dañado
store-vault-algorithm = la consulta está protegida con { $algorithm }, que esta versión de Groundwork no puede abrir
store-vault-format = sus archivos están sellados en el formato { $format }, que esta versión de Groundwork no puede leer
store-wrong-passphrase = Esa frase de contraseña no abre esta consulta. No se cambió nada; inténtelo de nuevo.
# $why: qué falla, como arriba.
store-cannot-open = No se puede abrir la consulta: { $why }.
store-passphrase-short = Una frase de contraseña necesita al menos { $count } caracteres; unas cuantas palabras se recuerdan mejor que una contraseña corta.
store-passphrase-long = Una frase de contraseña puede tener como máximo { $count } caracteres.
store-not-protected = la consulta no está protegida con una frase de contraseña
store-not-protected-it = no está protegida con una frase de contraseña
store-already-protected = { $folder } ya está protegida con una frase de contraseña
# La carpeta, junto a la de la consulta, a la que se mueven sus PDF ($name: el nombre de la carpeta de la consulta).
store-pdfs-folder = { $name } - PDF guardados antes de protegerla
store-keychain-unreachable = no se puede acceder al llavero de este equipo ({ $error })
store-keychain-none = este sistema no tiene llavero
# Lo que muestra la ventana del llavero para la entrada.
store-keychain-label = Clave de consulta de Groundwork ({ $folder })
store-keychain-refused = el llavero rechazó la entrada ({ $error })
store-keychain-wrong-key = esa clave no es la de esta consulta
store-keychain-not-kept = el llavero no guardó la clave ({ $error })
store-keychain-not-given = el llavero no devolvió la clave ({ $error })
store-keychain-not-forgotten = el llavero no olvidó la clave ({ $error })

## Copias de seguridad
store-backup-inside = { $file } está dentro de la propia carpeta de la consulta; guarde la copia de seguridad en otro sitio (mejor en otro disco)
store-practice-locked = la consulta está bloqueada; desbloquéela primero
store-backup-needs-passphrase = una copia de seguridad de esta consulta necesita su propia frase de contraseña
store-could-not-read = No se pudo leer { $file }: { $error }
store-backup-not-read-back = No se pudo volver a leer { $file }: { $error }
store-backup-differs-failing = { $file } no se leyó tal como se escribió; puede que el disco esté fallando, así que conserve la consulta y pruebe con otro disco
store-backup-differs = { $file } no se leyó tal como se escribió
store-restore-not-empty = { $folder } no está vacía; restaure en una carpeta nueva, para que no se mezcle ni se sobrescriba nada
store-backup-too-large = { $file } es mucho más grande que cualquier copia de seguridad
store-backup-wrong-passphrase = Esa frase de contraseña no abre la copia de seguridad { $file }. No se escribió nada; inténtelo de nuevo.
store-backup-changed = { $file } se ha modificado fuera de Groundwork (ya no se abre con su clave), así que no se restauró nada de ella; use otra copia de seguridad
store-backup-key-damaged = { $file } se ha modificado fuera de Groundwork (sus ajustes de clave están dañados), así que no se restauró nada de ella
store-not-a-backup = { $file } no es una copia de seguridad de Groundwork
store-could-not-make = No se pudo crear { $folder }: { $error }
store-could-not-write-to = No se pudo escribir en { $folder }: { $error }
store-could-not-replace = No se pudo sustituir { $folder }: { $error }
store-could-not-put-in-place = No se pudo poner { $folder } en su sitio: { $error }
store-could-not-move-in = No se pudo mover { $folder } a su sitio: { $error }
store-restore-only-empty = Una copia de seguridad solo se restaura en una consulta vacía, para que no se mezcle ni se sobrescriba nada; esta ya contiene parejas o ajustes.

## En qué equipo está abierta la consulta o una sesión ($host, $computer: su nombre; $since: una fecha y una hora)
store-lock-here = en este equipo ({ $host })
store-lock-there = en el equipo { $host }
store-lock-anywhere = en este equipo o en otro
# $place: store-lock-here, -there o -anywhere.
store-lock-since = { $place } desde { $since }
store-lock-not-a-file = el archivo de bloqueo no es un archivo normal
# Una sesión abierta en un equipo cuyo nombre no se conoce (después de «en»).
store-open-another-computer = otro equipo
store-open-since = { $computer } desde { $since }
store-no-config-folder = este equipo no tiene carpeta de configuración

## Lo que contienen el archivo de una sesión y la fuente de un documento
store-session-no-events = la sesión no tiene eventos
store-session-no-start = el primer evento de la sesión no es su inicio
store-font-unreadable = no se pudo leer la fuente del documento

## Lo que escribió el terapeuta, como lo nombran screen-text-enter, -write y -too-long
what-first-partner-name = el nombre del primer miembro de la pareja
what-second-partner-name = el nombre del segundo miembro de la pareja
what-rule = la regla
what-comment = el comentario
what-topic = el tema
what-quick-note = la nota rápida
what-service-code = el código de servicio
what-diagnosis-code = el código de diagnóstico
what-concerns = la descripción de las preocupaciones
what-signature = la firma
what-reason = el motivo
what-behaviour = lo que se va a hacer
what-anchor = el hábito ancla
what-evidence = «Cómo lo sabremos»
